// The browser host's socket, opened first: 127.0.0.1 on a random port, with
// the launch sessions, so that the window can be started (it needs the
// port and a launch secret) while the services are still loading. Requests
// that come before the host serves (`serve`) wait for it, in order; only
// closing the socket drops them.
// This module stays light (Node built-ins only): the host's start loads it
// before anything else.
import { createHash } from 'node:crypto';
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
};

export type HostLog = (line: string) => void;

/**
 * The page a window shows when the host cannot start: read in a lobby as at
 * the counter, so large, in plain words, and saying who can help. Static
 * (no script), its one style allowed by its hash.
 */
const UNAVAILABLE_STYLE =
  'body{font:1.6rem/1.5 system-ui,sans-serif;max-width:40rem;margin:12vh auto;padding:0 2rem;color:#161616}h1{font-size:2.2rem;line-height:1.25}p.detail{font-size:1.1rem;color:#3a3a3a}';
export const UNAVAILABLE = {
  title: 'Dossier complet ne peut pas s’ouvrir sur ce poste pour le moment.',
  help: 'Merci de vous adresser à l’accueil de la mairie.',
  detail: 'Pour l’agent\u00a0: la raison est écrite là où l’application a été lancée (terminal ou journal du poste).',
};
const UNAVAILABLE_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Dossier complet</title><style>${UNAVAILABLE_STYLE}</style></head><body><h1>${UNAVAILABLE.title}</h1><p>${UNAVAILABLE.help}</p><p class="detail">${UNAVAILABLE.detail}</p></body></html>`;
const UNAVAILABLE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(UNAVAILABLE_STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export interface Listener {
  /** `http://127.0.0.1:PORT`. */
  readonly origin: string;
  readonly sessions: LaunchSessions;
  /** A one-time launch address (`origin` + `/launch/SECRET`) for one window. */
  launchUrl(): string;
  /** From now on requests go to `handle`, the held ones first, in their order. */
  serve(handle: RequestListener): void;
  /** The host will not serve: held and later requests get the French 503 page. */
  fail(): void;
  close(): Promise<void>;
}

export async function listenLocal(options: { port?: number; log: HostLog }): Promise<Listener> {
  const sessions = new LaunchSessions();
  let handle: RequestListener | null = null;
  let held: [IncomingMessage, ServerResponse][] = [];
  const unavailable: RequestListener = (_req, res) => {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(503, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': UNAVAILABLE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(UNAVAILABLE_PAGE);
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
