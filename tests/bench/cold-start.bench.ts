// The browser host's cold start, as `npm start` runs it once built: a new
// host process, then its window, started the way the host starts it (the
// host's own Chromium command, `openWindow(windowArgs(…))`, on its one-time
// address, at the moment the host would: when it prints its address). The
// window is a real one on an Xvfb display when Xvfb is installed (headless
// otherwise). Nothing attaches to it while it starts: a DevTools port
// (the only flag added) is read afterwards, and the page's own buffered
// timings (paint, and the Element Timing of the start button) say when it
// was ready. Every phase is measured from the same instant, the host's
// spawn, on the epoch clock shared by this process and the page.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openWindow, windowArgs } from '../../electron/browser-host/chromium-window.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_XVFB, startXvfb } from '../support/xvfb.js';
import { PROJECT_ROOT } from '../support/paths.js';

export interface ColdStartPhases {
  /** Spawn to the host's address on its terminal: socket open, mode read; the host starts its window then. */
  hostReady: number;
  /** Processor time the host used until then (user + system): what a loaded machine does not inflate. */
  hostCpu: number;
  /** Spawn to the window's first navigation (the page's time origin): Chromium is up. */
  chromiumUp: number;
  /** Spawn to the page's first contentful paint. */
  firstPaint: number;
  /** Spawn to the first paint of the home screen's "Commencer une visite" button: the agent can start. */
  usable: number;
}

/** Long enough for a start to be over before anything attaches to the window (a start takes about 1 s). */
const SETTLE_MS = 2500;
/** A start that has not shown its button by then has failed: the bench says so rather than waiting for ever. */
const GIVE_UP_MS = 20_000;

/** Polls `find` until it gives a value; fails with `what` after GIVE_UP_MS. */
async function waitFor<T>(what: string, find: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const end = Date.now() + GIVE_UP_MS;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`cold start: ${what} after ${GIVE_UP_MS} ms`);
    await sleep(50);
  }
}

const epochNow = () => performance.timeOrigin + performance.now();
/** utime + stime of a process, from /proc (clock ticks of 10 ms on Linux). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** The host's page among the window's targets (the window is incognito: its own context). */
const hostPage = (browser: Browser, origin: string): Promise<Page> =>
  waitFor('no page of the host in the window', () =>
    browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((p) => p.url().startsWith(origin)),
  );

/**
 * The page's buffered timings, once its start button has been painted.
 * Element Timing's entries are given to observers only (`buffered` hands over
 * the ones already there), not by performance.getEntries.
 */
const pageTimes = (page: Page) =>
  waitFor('the start button was never painted', () =>
    page.evaluate(
      () =>
        new Promise<{ origin: number; paint: number; usable: number } | undefined>((resolve) => {
          const observer = new PerformanceObserver((list) => {
            const button = list
              .getEntries()
              .find((entry) => (entry as PerformanceEntry & { identifier: string }).identifier === 'start-visit') as
              (PerformanceEntry & { renderTime: number; loadTime: number }) | undefined;
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            if (!button || !paint) return;
            observer.disconnect();
            resolve({ origin: performance.timeOrigin, paint: paint.startTime, usable: button.renderTime || button.loadTime });
          });
          observer.observe({ type: 'element', buffered: true });
          // Not painted yet: the caller asks again.
          setTimeout(() => {
            observer.disconnect();
            resolve(undefined);
          }, 200);
        }),
    ),
  );

async function once(onDisplay: boolean): Promise<ColdStartPhases> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const store = SessionStore.open(join(dataDir, 'sessions.sqlite'));
  store.writeSettings(STATION_SETTINGS);
  store.close();
  const start = epochNow();
  const host = spawn(process.execPath, [join(PROJECT_ROOT, 'out/browser-host/main.mjs')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DOSSIER_COMPLET_DATA: dataDir, NO_BROWSER: '1' },
  });
  let window: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    const launchUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      host.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Adresse\u00a0: (http\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      host.on('exit', (code) => reject(new Error(`browser host exited (${code})`)));
    });
    const hostReady = epochNow() - start;
    const hostCpu = cpuMs(host.pid!);
    const profile = join(dataDir, 'profile');
    const { args } = windowArgs({ kiosk: false, launchUrl, profile, root: process.getuid?.() === 0 });
    const extra = ['--remote-debugging-port=0', ...(onDisplay ? [] : ['--headless'])];
    window = openWindow([...extra, ...args], profile);
    await sleep(SETTLE_MS);
    const portFile = join(profile, 'DevToolsActivePort');
    const port = await waitFor('Chromium wrote no DevTools port', () =>
      existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n')[0] || undefined : undefined,
    );
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page = await hostPage(browser, new URL(launchUrl).origin);
    const times = await pageTimes(page);
    return {
      hostReady,
      hostCpu,
      chromiumUp: times.origin - start,
      firstPaint: times.origin + times.paint - start,
      usable: times.origin + times.usable - start,
    };
  } finally {
    // Chromium ends, then its watching shell: only then is the profile no longer written.
    const ended = window && window.exitCode === null ? new Promise((resolve) => window!.once('exit', resolve)) : null;
    await browser
      ?.newBrowserCDPSession()
      .then((session) => session.send('Browser.close'))
      .catch(() => undefined);
    // A browser never reached, or one that did not close, is ended by its shell, which TERM ends with it.
    if (!browser) window?.kill();
    else if (ended && (await Promise.race([ended.then(() => true), sleep(3000).then(() => false)])) === false) window?.kill();
    await ended;
    host.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** `runs` cold starts one after the other; the median of each phase (one slow start on a busy machine does not make the figure). */
export async function coldStartMedians(
  runs: number,
): Promise<{ medians: ColdStartPhases; runs: ColdStartPhases[]; window: 'Xvfb' | 'headless' }> {
  // The windows are headless only where there is no Xvfb.
  const screen = NO_XVFB ? null : await startXvfb();
  const display = process.env['DISPLAY'];
  // The window inherits this process's environment, as the host's window inherits the host's.
  if (screen) process.env['DISPLAY'] = screen.display;
  const all: ColdStartPhases[] = [];
  try {
    for (let i = 0; i < runs; i += 1) all.push(await once(screen !== null));
  } finally {
    screen?.stop();
    if (display === undefined) delete process.env['DISPLAY'];
    else process.env['DISPLAY'] = display;
  }
  const phase = (key: keyof ColdStartPhases) => median(all.map((r) => r[key]));
  return {
    medians: {
      hostReady: phase('hostReady'),
      hostCpu: phase('hostCpu'),
      chromiumUp: phase('chromiumUp'),
      firstPaint: phase('firstPaint'),
      usable: phase('usable'),
    },
    runs: all,
    window: screen ? 'Xvfb' : 'headless',
  };
}
