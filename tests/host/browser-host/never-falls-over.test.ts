import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir.js';
import { startTestHost } from './harness.js';
import { abortedRequest, rawExchange, statusOf } from './raw-http.js';

const tempDir = useTempDir();
const MiB = 1024 * 1024;

/** A stack trace's frames, as Node prints them. */
const STACK = /^\s+at /m;

describe('the browser host never falls over', () => {
  it.each([
    ['a target that is no URL', 'GET //[ HTTP/1.1', 400],
    ['an authority where a path belongs', 'GET //evil.example/x HTTP/1.1', 400],
    ['an absolute URL', 'GET http://evil.example/ HTTP/1.1', 400],
    ['bad percent-encoding', 'GET /%E0%A4%A HTTP/1.1', 400],
    ['a lone percent sign', 'GET /api/%zz HTTP/1.1', 400],
    ['an encoded dot segment', 'GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1', 400],
    ['an encoded slash', 'GET /assets%2f..%2f..%2fsessions.sqlite HTTP/1.1', 400],
    ['an encoded NUL', 'GET /index.html%00.js HTTP/1.1', 400],
    ['an encoded backslash', 'GET /..%5c..%5csessions.sqlite HTTP/1.1', 400],
    ['a target of 5,000 characters', `GET /${'a'.repeat(5000)} HTTP/1.1`, 400],
    ['an unknown API route with a bad method', 'DELETE /api/getSettings HTTP/1.1', 405],
  ])('answers %s with a 4xx, one log line and no stack', async (_, line, status) => {
    const t = await startTestHost(tempDir());
    const response = await rawExchange(t.port, `${line}\r\nHost: 127.0.0.1:${t.port}\r\nConnection: close\r\n\r\n`);
    expect(statusOf(response)).toBe(status);
    expect(response).not.toMatch(STACK);
    expect(t.logs).toHaveLength(1);
    expect(t.logs[0]).toMatch(new RegExp(`^\\[browser-host\\] refused ${status} `));
    expect(t.logs[0]).not.toMatch(STACK);
    expect((await t.call('getToday', {})).status).toBe(200);
    await t.stop();
  });

  it.each([
    ['garbage instead of a request line', 'GARBAGE\r\n\r\n', 400],
    ['an unknown HTTP version', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 400],
    ['a NUL byte in the request line', 'GET /\u0000 HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['headers past 16 KiB', `GET / HTTP/1.1\r\nHost: x\r\nX-Fill: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['two Content-Length headers', 'POST /api/getToday HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n{}', 400],
  ])('answers %s (refused by the HTTP parser) with a 4xx and one log line', async (_, bytes, status) => {
    const t = await startTestHost(tempDir());
    const response = await rawExchange(t.port, bytes);
    expect(statusOf(response)).toBe(status);
    expect(t.logs).toEqual([expect.stringMatching(new RegExp(`^\\[browser-host\\] refused ${status} HPE_`))]);
    expect((await t.call('getToday', {})).status).toBe(200);
    await t.stop();
  });

  it('refuses a request for another host name (DNS rebinding) with 421', async () => {
    const t = await startTestHost(tempDir());
    const response = await rawExchange(t.port, 'GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n');
    expect(statusOf(response)).toBe(421);
    expect(t.logs).toEqual([expect.stringContaining('refused 421 unexpected-host')]);
    await t.stop();
  });

  it('stays quiet through 300 aborted requests, then still serves', async () => {
    const t = await startTestHost(tempDir());
    const head = (length: number) =>
      `POST /api/getToday HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nX-Api-Token: ${t.host.token}\r\nContent-Length: ${length}\r\n\r\n`;
    for (let batch = 0; batch < 10; batch += 1) {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          i % 3 === 0
            ? // Mid-body, mid-headers, and before the request line ends.
              abortedRequest(t.port, head(1000), '{"a":')
            : i % 3 === 1
              ? abortedRequest(t.port, `POST /api/getToday HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nX-Ki`, '')
              : abortedRequest(t.port, 'GET /assets/ap', ''),
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.logs).toEqual([]);
    const answer = await t.call('getToday', {});
    expect(await answer.json()).toEqual({ ok: true, value: '2026-06-15' });
    await t.stop();
  });

  it('answers a 50 MiB body with 413 once it is drained, then still serves on the same connection', async () => {
    const t = await startTestHost(tempDir());
    const body = Buffer.alloc(50 * MiB, 0x61);
    const head = `POST /api/getToday HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nX-Api-Token: ${t.host.token}\r\nContent-Length: ${body.length}\r\n\r\n`;
    const next = `POST /api/getToday HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nX-Api-Token: ${t.host.token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`;
    const response = await rawExchange(t.port, Buffer.concat([Buffer.from(head), body, Buffer.from(next)]), 20_000);
    const statuses = [...response.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([413, 200]);
    expect(response).toContain('"code":"invalid-request"');
    expect(response).toContain('"value":"2026-06-15"');
    expect(t.logs).toEqual([expect.stringContaining('refused 413 too-large')]);
    await t.stop();
  });

  it('closes the connection on a body declared past 64 MiB without reading it', async () => {
    const t = await startTestHost(tempDir());
    const response = await rawExchange(
      t.port,
      `POST /api/getToday HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nX-Api-Token: ${t.host.token}\r\nContent-Length: ${200 * MiB}\r\n\r\n`,
    );
    expect(statusOf(response)).toBe(413);
    expect(response).toMatch(/^Connection: close/im);
    expect((await t.call('getToday', {})).status).toBe(200);
    await t.stop();
  });

  it('answers unreadable JSON with 400 and a French message, never a 500', async () => {
    const t = await startTestHost(tempDir());
    const response = await fetch(`${t.host.url}api/getToday`, { method: 'POST', body: '{"a":', headers: { 'X-Api-Token': t.host.token } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'invalid-request', message: 'Demande illisible (JSON invalide).' } });
    await t.stop();
  });
});
