// The kiosk's window watchdog on a real Chromium (headless, no display
// needed), through the host's own window launcher and its /bin/sh wrapper:
// the devtools pipe reaches Chromium, extra windows are closed with one log
// line each, and a crashed kiosk page has its window started again (once).
// The same with real keys on a real display, and the new window itself: the
// X kiosk test.
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CdpPipe } from '../../../electron/browser-host/cdp-pipe.node.js';
import { openWindow, windowArgs } from '../../../electron/browser-host/chromium-window.node.js';
import { watchKioskWindows } from '../../../electron/browser-host/window-watchdog.node.js';
import { processesNaming } from '../../../electron/services/private-temp.node.js';
import { NO_CHROMIUM } from '../../support/needs.js';
import { useTempDir } from '../../support/temp-dir.js';
import { startTestHost } from './harness.js';

const tempDir = useTempDir();
let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const waitFor = async (check: () => boolean | Promise<boolean>, timeoutMs: number) => {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
};

/** The host, a kiosk page whose script opens two windows, and Chromium watched over its pipe. */
async function watchedKiosk() {
  const dir = tempDir();
  const test = await startTestHost(join(dir, 'host'));
  // The page's script opens two extra windows, as a chord would (the popup blocker is off for it).
  writeFileSync(
    join(dir, 'host/renderer/index.html'),
    '<!doctype html><html lang="fr"><head><title>Dossier complet</title><script src="/assets/app.js"></script></head><body></body></html>',
  );
  writeFileSync(
    join(dir, 'host/renderer/assets/app.js'),
    "window.open('about:blank', '_blank'); setTimeout(() => window.open('/', '_blank'), 300);",
  );
  const profile = join(dir, 'profile');
  const { args } = windowArgs({ kiosk: true, launchUrl: test.host.launchUrl(), profile, root: process.getuid?.() === 0 });
  // Headless has no --app: the launch address is given as the page to open.
  const launch = args.pop()!.slice('--app='.length);
  const browser: ChildProcess = openWindow([...args, '--headless', '--disable-popup-blocking', launch], profile);
  const pipe = new CdpPipe(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
  const logs: string[] = [];
  let restarts = 0;
  watchKioskWindows(pipe, { origin: new URL(test.host.url).origin, restart: () => restarts++, log: (line) => logs.push(line) });
  cleanup = async () => {
    browser.kill();
    // Chromium and its children gone before the profile is erased (they write to it until the end).
    await waitFor(() => processesNaming(`--user-data-dir=${profile}`).length === 0, 10_000);
    await test.stop();
  };
  const pages = async () =>
    ((await pipe.send('Target.getTargets')).targetInfos as { type: string; url: string; targetId: string }[]).filter(
      (t) => t.type === 'page',
    );
  return { test, logs, pages, profile, restarts: () => restarts };
}

describe('the kiosk window watchdog on a real Chromium', () => {
  it.skipIf(NO_CHROMIUM)(
    'closes the windows the page did not open itself, one log line each, and keeps the kiosk',
    async () => {
      const kiosk = await watchedKiosk();
      expect(await waitFor(() => kiosk.logs.filter((l) => l.startsWith('[kiosk-watch] closed an extra window')).length === 2, 20_000)).toBe(
        true,
      );
      // Closed before they loaded (so no address yet), or logged without path or query: no launch secret, nothing of a person.
      for (const line of kiosk.logs)
        expect(line).toMatch(/^\[kiosk-watch\] closed an extra window \((no address yet|about:|http:\/\/127\.0\.0\.1:\d+)\)$/);
      expect(await waitFor(async () => (await kiosk.pages()).length === 1, 5000)).toBe(true);
      expect((await kiosk.pages())[0]!.url).toBe(kiosk.test.host.url);
      expect(kiosk.restarts()).toBe(0);
    },
    60_000,
  );

  it.skipIf(NO_CHROMIUM)(
    'has the kiosk window started again, once, when its page’s renderer dies',
    async () => {
      const kiosk = await watchedKiosk();
      expect(await waitFor(() => kiosk.logs.length === 2, 20_000)).toBe(true);
      // Kill the page's renderer, as a crash would.
      const renderers = processesNaming(`--user-data-dir=${kiosk.profile}`).filter((pid) =>
        readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer'),
      );
      expect(renderers.length).toBeGreaterThan(0);
      for (const pid of renderers) process.kill(pid, 'SIGKILL');
      expect(await waitFor(() => kiosk.restarts() > 0, 20_000)).toBe(true);
      expect(kiosk.logs.at(-1)).toBe('[kiosk-watch] the kiosk page is gone (closed or crashed): starting its window again');
      // Whatever Chromium reports next (the crashed page, the windows of a reload), it asks once.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(kiosk.restarts()).toBe(1);
    },
    60_000,
  );
});
