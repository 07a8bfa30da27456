// The browser host's socket, opened first: 127.0.0.1 on a random port, with
// the launch sessions, so that the window can be started (it needs the
// port and a launch secret) while the services are still loading. Requests
// that come before the host serves (`serve`) wait for it, in order; only
// closing the socket drops them.
// This module stays light (Node built-ins only): the host's start loads it
// before anything else.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { LaunchSessions } from './launch-session.node.js';

/** What people read when the host refuses a request (plain text; the API answers JSON). */
export const REFUSED: Record<number, string> = {
  400: 'Requête illisible.',
  403: 'Cette page ne s’ouvre que dans la fenêtre que Dossier complet a ouverte\u00a0: relancez l’application sur ce poste.',
  404: 'Introuvable.',
  405: 'Méthode non permise.',
  408: 'Requête trop lente.',
  413: 'Requête trop volumineuse.',
  421: 'Hôte inattendu.',
  431: 'En-têtes trop volumineux.',
  503: 'Dossier complet n’a pas pu démarrer sur ce poste. La raison est écrite là où il a été lancé (terminal ou journal du poste).',
};

export type HostLog = (line: string) => void;

export interface Listener {
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  readonly sessions: LaunchSessions;
  /** A one-time launch address (`origin` + `/launch/SECRET`) for one window. */
  launchUrl(): string;
  /** From now on requests go to `handle`, the held ones first, in their order. */
  serve(handle: RequestListener): void;
  /** The host will not serve: held and later requests get a plain 503. */
  fail(): void;
  close(): Promise<void>;
}

export async function listenLocal(options: { port?: number; log: HostLog }): Promise<Listener> {
  const sessions = new LaunchSessions();
  let handle: RequestListener | null = null;
  let held: [IncomingMessage, ServerResponse][] = [];
  const unavailable: RequestListener = (_req, res) => {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(REFUSED[503]);
  };

  const server = createServer((req, res) => {
    // Errors of an aborted exchange are expected, held or not: they are not the host's failures.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    if (handle) return void handle(req, res);
    held.push([req, res]);
  });
  // Requests Node's own parser refuses (and sockets that die mid-request) come here.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // A client that left mid-request (reset, or end of stream inside the head) is no refusal to report.
    if (error.code === 'ECONNRESET' || error.code === 'HPE_INVALID_EOF_STATE' || !socket.writable) return void socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    options.log(`[browser-host] refused ${status} ${error.code ?? 'client-error'}`);
    const body = Buffer.from(REFUSED[status]!);
    socket.end(
      `HTTP/1.1 ${status} ${status === 400 ? 'Bad Request' : 'Refused'}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n${body.toString()}`,
    );
  });
  // A slow client holds a socket no longer than this.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  sessions.port = port;
  const origin = `http://127.0.0.1:${port}`;

  const start = (next: RequestListener) => {
    if (handle) throw new Error('the browser host already serves');
    handle = next;
    const waiting = held;
    held = [];
    for (const [req, res] of waiting) void next(req, res);
  };
  return {
    origin,
    sessions,
    launchUrl: () => `${origin}${sessions.issue()}`,
    serve: start,
    fail: () => start(unavailable),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
