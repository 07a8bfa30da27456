// The host's window, kept: Chromium at a one-time launch address, in a
// private marked profile. In kiosk mode its windows are watched
// (window-watchdog.node.ts) and, when the kiosk page is gone (closed or
// crashed), the kiosk window is started again: a new Chromium, in a new
// profile (the old one may still be ending: a shared profile would hand the
// new window to the dying browser), so it is the same `--app` kiosk window,
// not an ordinary one with tabs and an address bar. The kiosk's Chromium
// ending by itself (a crash, a kill) has its window started again too; the
// station's ends the host (`onExit`).
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { privateTempDir } from '../services/private-temp.node.js';
import { CdpPipe } from './cdp-pipe.node.js';
import { openWindow, windowArgs } from './chromium-window.node.js';
import { watchKioskWindows } from './window-watchdog.node.js';
import { RESTART_MEMORY_MS, restartDelayMs } from './window-watch.node.js';

export interface HostWindowOptions {
  kiosk: boolean;
  /** Watch the kiosk's windows (kiosk mode only); false for the test that shows what the watchdog prevents. */
  watch: boolean;
  root: boolean;
  /** The host's origin, `http://127.0.0.1:PORT`. */
  origin: string;
  /** A fresh one-time launch address per window. */
  launchUrl: () => string;
  log: (line: string) => void;
  /** Chromium ended by itself (not replaced, not closed by the host). */
  onExit: () => void;
}

export interface HostWindow {
  /** False as root only, where Chromium refuses its sandbox. */
  readonly sandboxed: boolean;
  close(): void;
}

/** A replaced window's profile, erased without holding the host (its Chromium may still be ending, writing there). */
const eraseLater = (profile: string) =>
  void rm(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 })
    // Marked with the host's pid: the next start erases what is left (sweepStaleTemp).
    .catch(() => undefined);

export function openHostWindow(options: HostWindowOptions): HostWindow {
  const watch = options.kiosk && options.watch;
  let current: { browser: ChildProcess; profile: string } | null = null;
  let closed = false;
  let restartTimes: number[] = [];

  const open = () => {
    const profile = privateTempDir('chromium');
    const { args } = windowArgs({ kiosk: options.kiosk, launchUrl: options.launchUrl(), profile, root: options.root, watch });
    const browser = openWindow(args, profile);
    const mine = { browser, profile };
    current = mine;
    if (watch) {
      const pipe = new CdpPipe(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
      watchKioskWindows(pipe, { origin: options.origin, log: options.log, restart: () => restart(mine) });
      browser.on('exit', () => pipe.close());
    }
    browser.on('exit', () => {
      if (current !== mine) return eraseLater(profile);
      if (closed) return;
      if (!watch) return options.onExit();
      // A kiosk's browser does not end by itself (it is kept alive without windows): it crashed, or was
      // killed. The lobby gets its window back, as when the page alone dies, with the same back-off.
      options.log('[kiosk-window] the browser ended by itself: starting the kiosk window again');
      restart(mine);
      eraseLater(profile);
    });
  };
  const restart = (old: { browser: ChildProcess }) => {
    if (closed || current !== old) return;
    const now = Date.now();
    const delay = restartDelayMs(restartTimes, now);
    restartTimes = [...restartTimes.filter((at) => now - at < RESTART_MEMORY_MS), now];
    // No window is current while the next one waits: the old one's exit is a replacement, not the end of the host.
    current = null;
    old.browser.kill();
    if (delay > 0)
      options.log(
        `Fenêtre de la borne relancée dans ${delay / 1000}\u00a0s (elle s’est fermée ${restartTimes.length} fois en une minute).`,
      );
    setTimeout(() => {
      if (!closed) open();
    }, delay).unref();
  };

  open();
  return {
    sandboxed: !options.root,
    close() {
      if (closed) return;
      closed = true;
      current?.browser.kill();
      // The host exits next: no time to wait (what is left, the next start erases).
      try {
        if (current) rmSync(current.profile, { recursive: true, force: true });
      } catch {
        /* see eraseLater */
      }
    },
  };
}
