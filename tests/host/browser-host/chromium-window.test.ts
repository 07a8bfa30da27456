import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWindow, windowArgs } from '../../../electron/browser-host/chromium-window.node.js';
import { waitFor } from '../../support/host-processes.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

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
  it('ends only once its browser has: a browser slow to stop is waited for, so its profile can be erased on exit', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'dossier-complet-test-window-'));
    const pidFile = join(profile, 'pid');
    // A stand-in browser that takes a second to stop on TERM, as Chromium does under load.
    const browser = openWindow(
      ['-c', `echo $$ > ${pidFile}; trap 'sleep 1; exit 0' TERM; while :; do sleep 0.1; done`],
      profile,
      process.pid,
      '/bin/sh',
    );
    try {
      expect(await waitFor(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 10_000)).toBe(true);
      const child = Number(readFileSync(pidFile, 'utf8'));
      expect(alive(child)).toBe(true);
      const exited = new Promise<void>((resolve) => browser.once('exit', () => resolve()));
      browser.kill();
      await exited;
      expect(alive(child)).toBe(false);
    } finally {
      browser.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
