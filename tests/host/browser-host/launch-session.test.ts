import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir.js';
import { PAGE, startTestHost } from './harness.js';

const tempDir = useTempDir();

describe('only the window the host opened gets the session', () => {
  it('serves nothing, and never the token, to whoever asks GET /', async () => {
    const t = await startTestHost(tempDir());
    for (const path of ['', 'index.html', 'assets/app.js']) {
      const response = await fetch(`${t.host.url}${path}`);
      expect(response.status).toBe(403);
      const text = await response.text();
      expect(text).not.toContain(t.host.token);
      expect(text).toMatch(/relancez l’application/);
    }
    expect((await fetch(`${t.host.url}api/getSettings`, { method: 'POST', body: '{}' })).status).toBe(403);
    await t.stop();
  });

  it('trades a launch address once for an HttpOnly SameSite=Strict cookie; the page itself carries no token', async () => {
    const t = await startTestHost(tempDir());
    const launch = t.host.launchUrl();
    const first = await fetch(launch, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
    const session = cookie.split(';')[0]!;

    const page = await fetch(t.host.url, { headers: { Cookie: session } });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(PAGE);
    const api = await fetch(`${t.host.url}api/getToday`, {
      method: 'POST',
      body: '{}',
      headers: { Cookie: session, Origin: t.host.url.slice(0, -1) },
    });
    expect(await api.json()).toEqual({ ok: true, value: '2026-06-15' });

    // Spent: a second visit (another process racing the window, or a replay) gets nothing.
    const second = await fetch(launch, { redirect: 'manual' });
    expect(second.status).toBe(403);
    expect(second.headers.get('set-cookie')).toBeNull();
    expect(t.logs).toEqual(['[browser-host] refused 403 launch-spent: GET "/launch/…"']);
    await t.stop();
  });

  it.each([
    ['a made-up launch secret', (url: string) => `${url}launch/abc`],
    ['an empty launch secret', (url: string) => `${url}launch/`],
  ])('refuses %s', async (_, target) => {
    const t = await startTestHost(tempDir());
    t.host.launchUrl();
    const response = await fetch(target(t.host.url), { redirect: 'manual' });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
    await t.stop();
  });

  it('refuses the API to a forged cookie, another origin, or a cross-site fetch even with the session', async () => {
    const t = await startTestHost(tempDir());
    const session = (await fetch(t.host.launchUrl(), { redirect: 'manual' })).headers.get('set-cookie')!.split(';')[0]!;
    const post = (headers: Record<string, string>) => fetch(`${t.host.url}api/getToday`, { method: 'POST', body: '{}', headers });
    expect((await post({ Cookie: `${session.split('=')[0]}=forged` })).status).toBe(403);
    expect((await post({ Cookie: session, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await post({ Cookie: session, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post({ Cookie: session, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    await t.stop();
  });
});
