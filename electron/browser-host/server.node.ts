// The browser host: where the Electron runtime is absent, the same renderer
// and the same API are served on 127.0.0.1 (a random port), to the one
// window the host opened (see launch-session). Every request is read inside
// a guard: bad input gets a 4xx and one log line, never a 500, never an exit.
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { stationText as t } from '../common/messages/index.js';
import { contentSecurityPolicy } from '../services/csp.node.js';
import { dispatch, type createApiHandlers } from '../services/api-handlers.node.js';
import { listenLocal, REFUSED, type HostLog, type Listener } from './listener.node.js';
import { readBody } from './request-body.node.js';
import { parseTarget, printable } from './request-target.node.js';

export interface BrowserHost {
  /** The host's root, `http://127.0.0.1:PORT/`. */
  url: string;
  /** The session token, for the host's own programs (tests, benchmark) as `X-Api-Token`; never served. */
  token: string;
  /** A one-time address that opens a window with the session (its first visit spends it). */
  launchUrl(): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  // The 2D-Doc camera decoder (zxing-wasm), compiled by the page as it streams.
  '.wasm': 'application/wasm',
};
export const MAX_BODY = 256 * 1024;

export interface ServeOptions {
  rendererDir: string;
  handlers: ReturnType<typeof createApiHandlers>;
  /** One line per refused request; console.error by default. */
  log?: HostLog;
  /** Scripts are served once this resolves (script-gate.node.ts: the kiosk-escape tests); the rest at once. */
  holdScripts?: () => Promise<void>;
}

const consoleLog: HostLog = (line) => console.error(line);

/** Opens the socket and serves at once (tests, and any host with nothing to start meanwhile). */
export async function startBrowserHost(options: ServeOptions & { port?: number }): Promise<BrowserHost> {
  const log = options.log ?? consoleLog;
  return serveBrowserHost(await listenLocal({ port: options.port, log }), { ...options, log });
}

/** Serves the renderer and the API on a socket already open (the host's start opens it before loading this). */
export function serveBrowserHost(listener: Listener, options: ServeOptions): BrowserHost {
  const log = options.log ?? consoleLog;
  const csp = contentSecurityPolicy();
  const { origin, sessions } = listener;

  const headers = (type: string, extra: Record<string, string> = {}) => ({
    'Content-Type': type,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...extra,
  });
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra?: Record<string, string>) => {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, headers(type, extra));
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, body: unknown, extra?: Record<string, string>) =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extra);
  /** Refuses a request: one log line (no stack), a plain French text or a JSON error for the API. */
  const refuse = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    reason: string,
    json?: { code: string; message: string },
    close = false,
  ) => {
    // A launch secret, even spent, stays out of logs.
    const target = req.url?.startsWith('/launch/') ? '/launch/…' : req.url;
    log(`[browser-host] refused ${status} ${reason}: ${req.method ?? '?'} ${printable(target)}`);
    const extra: Record<string, string> = close ? { Connection: 'close' } : {};
    if (json) sendJson(res, status, { ok: false, error: json }, extra);
    else send(res, status, 'text/plain; charset=utf-8', REFUSED[status] ?? '', extra);
  };

  const api = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    // Another site in the same browser can neither read the session nor pass the Origin check.
    const foreign =
      (req.headers.origin !== undefined && req.headers.origin !== origin) ||
      (req.headers['sec-fetch-site'] !== undefined && req.headers['sec-fetch-site'] !== 'same-origin');
    if (!sessions.authenticated(req) || foreign) {
      return refuse(req, res, 403, foreign ? 'foreign-origin' : 'no-session', { code: 'forbidden', message: t('error.forbidden') });
    }
    const body = await readBody(req, MAX_BODY);
    if (!body.ok) {
      if (body.reason === 'aborted') return undefined; // the client left: nobody to answer, nothing to log
      return refuse(req, res, 413, 'too-large', { code: 'invalid-request', message: t('error.tooLarge') }, body.close);
    }
    let request: unknown;
    try {
      request = body.bytes.length ? JSON.parse(body.bytes.toString('utf8')) : {};
    } catch {
      return refuse(req, res, 400, 'bad-json', { code: 'invalid-request', message: t('error.unreadable') });
    }
    return sendJson(res, 200, await dispatch(options.handlers, method, request));
  };

  const staticFile = async (req: IncomingMessage, res: ServerResponse, segments: string[]) => {
    const file = join(options.rendererDir, ...(segments.length ? segments : ['index.html']));
    if (options.holdScripts && extname(file) === '.js') await options.holdScripts();
    try {
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return refuse(req, res, 404, 'not-found');
    }
  };

  const route = (req: IncomingMessage, res: ServerResponse): Promise<void> | void => {
    // DNS rebinding: only our own address may be asked for.
    if (req.headers.host !== origin.slice('http://'.length)) return refuse(req, res, 421, 'unexpected-host');
    const target = parseTarget(req.url);
    if (!target.ok) return refuse(req, res, 400, target.reason);
    const [first, second, ...rest] = target.segments;
    if (first === 'launch' && second !== undefined && rest.length === 0 && req.method === 'GET') {
      if (!sessions.redeem(second)) return refuse(req, res, 403, 'launch-spent');
      return send(res, 303, 'text/plain; charset=utf-8', '', { Location: '/', 'Set-Cookie': sessions.setCookie() });
    }
    if (first === 'api' && second !== undefined && rest.length === 0) {
      if (req.method !== 'POST') return refuse(req, res, 405, 'method-not-allowed');
      return api(req, res, second);
    }
    if (req.method !== 'GET') return refuse(req, res, 405, 'method-not-allowed');
    if (!sessions.authenticated(req)) return refuse(req, res, 403, 'no-session');
    return staticFile(req, res, target.segments);
  };

  listener.serve((req, res) => {
    const internal = (error: unknown) => {
      log(`[browser-host] internal error: ${req.method ?? '?'} ${printable(req.url)}: ${printable(String(error))}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: t('error.internal') } });
    };
    try {
      void Promise.resolve(route(req, res)).catch(internal);
    } catch (error) {
      internal(error);
    }
  });
  return { url: `${origin}/`, token: sessions.token, launchUrl: listener.launchUrl, close: listener.close };
}
