// The socket opens before the services load (the window starts meanwhile):
// what arrives first waits, and is answered once the host serves, or gets
// a plain 503 if it never will. Real HTTP on 127.0.0.1.
import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listenLocal, UNAVAILABLE, type Listener } from '../../../electron/browser-host/listener.node.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withListener(body: (listener: Listener) => Promise<void>) {
  const listener = await listenLocal({ log: () => undefined });
  try {
    await body(listener);
  } finally {
    await listener.close();
  }
}

describe('the early listener', () => {
  it('holds requests until the host serves, then answers them in their order', () =>
    withListener(async (listener) => {
      const first = fetch(`${listener.origin}/premiere`);
      await sleep(50);
      const second = fetch(`${listener.origin}/seconde`);
      await sleep(150);
      let settled = false;
      void Promise.race([first, second]).then(() => (settled = true));
      await sleep(0);
      expect(settled).toBe(false);

      const seen: string[] = [];
      listener.serve((req, res) => {
        seen.push(req.url!);
        res.end(`${seen.length} ${req.url}`);
      });
      expect(await (await first).text()).toBe('1 /premiere');
      expect(await (await second).text()).toBe('2 /seconde');
      // Later requests go straight to the host.
      expect(await (await fetch(`${listener.origin}/ensuite`)).text()).toBe('3 /ensuite');
    }));

  it('lets a held request whose client left go quietly, and serves the next', () =>
    withListener(async (listener) => {
      const { port } = new URL(listener.origin);
      const socket = connect(Number(port), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(`POST /api/getSettings HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 100\r\n\r\n{"a":`);
      await sleep(50);
      socket.destroy();
      await sleep(50);
      const served: string[] = [];
      listener.serve((req, res) => {
        served.push(req.url!);
        res.end('servi');
      });
      expect(await (await fetch(`${listener.origin}/suivante`)).text()).toBe('servi');
      // The held one was handed on too (its client gone, its answer goes nowhere), before the next.
      expect(served).toEqual(['/api/getSettings', '/suivante']);
    }));

  it('answers its French 503 page to what it held, and to what follows, when the host cannot start', () =>
    withListener(async (listener) => {
      const held = fetch(`${listener.origin}/`);
      await sleep(50);
      listener.fail();
      for (const response of [await held, await fetch(`${listener.origin}/api/getSettings`, { method: 'POST', body: '{}' })]) {
        expect(response.status).toBe(503);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const page = await response.text();
        expect(page).toContain('<html lang="fr">');
        for (const sentence of Object.values(UNAVAILABLE)) expect(page).toContain(sentence);
        expect(page).not.toContain('<script');
        // Its one style, and nothing else, is allowed: by the hash of the very style the page carries.
        const style = /<style>([^<]*)<\/style>/.exec(page)![1]!;
        const csp = response.headers.get('content-security-policy')!;
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
      }
    }));

  it('serves once: a second host on the same socket is a programming error', () =>
    withListener(async (listener) => {
      listener.serve((_req, res) => res.end());
      expect(() => listener.serve((_req, res) => res.end())).toThrow('already serves');
      expect(() => listener.fail()).toThrow('already serves');
    }));

  it('listens on 127.0.0.1 only, and gives one-time launch addresses on its port', () =>
    withListener(async (listener) => {
      const origin = new URL(listener.origin);
      expect(origin.hostname).toBe('127.0.0.1');
      expect(Number(origin.port)).toBe(listener.sessions.port);
      const [a, b] = [listener.launchUrl(), listener.launchUrl()];
      expect(a).toMatch(new RegExp(`^${listener.origin}/launch/[A-Za-z0-9_-]{43}$`));
      expect(a).not.toBe(b);
      expect(listener.sessions.redeem(a.split('/launch/')[1]!)).toBe(true);
      expect(listener.sessions.redeem(a.split('/launch/')[1]!)).toBe(false);
    }));
});
