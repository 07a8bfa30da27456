// The browser host: where the Electron runtime is absent, the same renderer
// and the same API are served on 127.0.0.1 (a random port), to a browser
// that presents the per-launch token the page was served with.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { stationText as t } from '../api/messages/index.js';
import { contentSecurityPolicy } from '../services/csp.node.js';
import { dispatch, type createService } from '../services/kiosk-service.node.js';

export interface BrowserHost {
  url: string;
  token: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json',
};
const MAX_BODY = 256 * 1024;

export async function startBrowserHost(options: { rendererDir: string; handlers: ReturnType<typeof createService>; port?: number }): Promise<BrowserHost> {
  const token = randomBytes(32).toString('base64url');
  const csp = contentSecurityPolicy();
  let origin = '';

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, body: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));

  const api = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    const presented = Buffer.from(String(req.headers['x-kiosk-token'] ?? ''));
    const expected = Buffer.from(token);
    // Another site in the same browser can neither read the token nor pass the Origin check.
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected) || (req.headers.origin !== undefined && req.headers.origin !== origin)) {
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: t('error.forbidden') } });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return sendJson(res, 413, { ok: false, error: { code: 'invalid-request', message: t('error.tooLarge') } });
      chunks.push(chunk as Buffer);
    }
    let request: unknown;
    try {
      request = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'invalid-request', message: t('error.unreadable') } });
    }
    return sendJson(res, 200, await dispatch(options.handlers, method, request));
  };

  const staticFile = async (res: ServerResponse, pathname: string) => {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = join(options.rendererDir, relative === '' ? 'index.html' : relative);
    if (!file.startsWith(options.rendererDir + sep) && file !== options.rendererDir) return send(res, 404, 'text/plain', 'introuvable');
    try {
      let body: Buffer | string = await readFile(file);
      if (file.endsWith('index.html')) {
        body = body.toString('utf8').replace('</head>', `<meta name="kiosk-token" content="${token}"></head>`);
      }
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'introuvable');
    }
  };

  const server = createServer((req, res) => {
    // DNS rebinding: only our own address may be asked for.
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'hôte inattendu');
    const { pathname } = new URL(req.url ?? '/', origin);
    const route = /^\/api\/([A-Za-z]+)$/.exec(pathname);
    const handle = route && req.method === 'POST' ? api(req, res, route[1]!) : req.method === 'GET' ? staticFile(res, pathname) : Promise.resolve(send(res, 405, 'text/plain', 'méthode non permise'));
    handle.catch((error: unknown) => {
      console.error('[browser-host]', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: t('error.internal') } });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    token,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
