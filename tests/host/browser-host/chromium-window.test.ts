import { describe, expect, it } from 'vitest';
import { windowArgs } from '../../../electron/browser-host/chromium-window.node.js';

describe('the browser host window', () => {
  const base = { launchUrl: 'http://127.0.0.1:1234/launch/s', profile: '/tmp/p' };
  it("keeps Chromium's sandbox for an ordinary account, in kiosk and app mode", () => {
    for (const kiosk of [true, false]) {
      const { args, sandboxed } = windowArgs({ ...base, kiosk, root: false });
      expect(sandboxed).toBe(true);
      expect(args).not.toContain('--no-sandbox');
      expect(args).toContain('--disable-breakpad');
      expect(args).toContain('--user-data-dir=/tmp/p');
      expect(args.at(-1)).toBe('--app=http://127.0.0.1:1234/launch/s');
      expect(args.includes('--kiosk')).toBe(kiosk);
      // The station may be asked for its camera (2D-Doc); a kiosk refuses every permission prompt.
      expect(args.includes('--deny-permission-prompts')).toBe(kiosk);
    }
  });
  it('gives the kiosk, and only the kiosk, its devtools pipe for the window watchdog (no port), and keeps it alive without a window', () => {
    const kiosk = windowArgs({ ...base, kiosk: true, root: false }).args;
    expect(kiosk).toEqual(expect.arrayContaining(['--remote-debugging-pipe', '--keep-alive-for-test']));
    const others = [
      windowArgs({ ...base, kiosk: false, root: false }).args,
      windowArgs({ ...base, kiosk: true, root: false, watch: false }).args,
    ];
    for (const args of [kiosk, ...others]) expect(args.filter((a) => a.startsWith('--remote-debugging-port'))).toEqual([]);
    for (const args of others) expect(args.filter((a) => a === '--remote-debugging-pipe' || a === '--keep-alive-for-test')).toEqual([]);
  });
  it('goes without the sandbox only as root, and says so', () => {
    expect(windowArgs({ ...base, kiosk: true, root: true })).toMatchObject({
      sandboxed: false,
      args: expect.arrayContaining(['--no-sandbox']),
    });
  });
});
