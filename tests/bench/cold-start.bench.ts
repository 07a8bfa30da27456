// The browser host's cold start, as `npm start` runs it once built: a new
// host process, then Chromium opened on its one-time address (the host
// opens its window at that point too), until the home screen can be used.
// Every phase is measured from the same instant, the host's spawn, on the
// epoch clock shared by this process and the page.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/services/receipt/chromium-pdf.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { PROJECT_ROOT } from '../support/paths.js';

export interface ColdStartPhases {
  /** Spawn to the host's address on its terminal: listening, database open, retention done. */
  hostReady: number;
  /** Processor time the host used until then (user + system): what a loaded machine does not inflate. */
  hostCpu: number;
  /** Spawn to Chromium started with its page (launched once the host is ready, as the host itself does; headless here). */
  chromiumUp: number;
  /** Spawn to the page's first contentful paint. */
  firstPaint: number;
  /** Spawn to the home screen's "Commencer une visite" button in the page: the agent can start. */
  usable: number;
}

const epochNow = () => performance.timeOrigin + performance.now();
/** utime + stime of a process, from /proc (clock ticks of 10 ms on Linux). */
const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** Records, in the page, the epoch instant the start button first exists (no polling delay from the test side). */
const WATCH_USABLE = `(() => {
  const seen = () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Commencer une visite');
  new MutationObserver((_, observer) => {
    if (seen()) { window.__usableAt = performance.timeOrigin + performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
})();`;

async function once(): Promise<ColdStartPhases> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const store = SessionStore.open(join(dataDir, 'sessions.sqlite'));
  store.writeSettings(STATION_SETTINGS);
  store.close();
  const start = epochNow();
  const host = spawn(process.execPath, [join(PROJECT_ROOT, 'out/browser-host/main.mjs')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DOSSIER_COMPLET_DATA: dataDir, NO_BROWSER: '1' },
  });
  let context: BrowserContext | null = null;
  try {
    const url = await new Promise<string>((resolve, reject) => {
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
    // As the host opens its window: a fresh profile, its one page (no extra browser context, about 400 ms, to pay).
    context = await chromium.launchPersistentContext(join(dataDir, 'profile'), {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const chromiumUp = epochNow() - start;
    await page.addInitScript(WATCH_USABLE);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __usableAt?: number }).__usableAt !== undefined);
    // Paint timing is reported after the frame is shown, sometimes after the button exists: wait for it too.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const { usableAt, paintAt } = await page.evaluate(() => ({
      usableAt: (window as unknown as { __usableAt: number }).__usableAt,
      paintAt: performance.timeOrigin + performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    }));
    return { hostReady, hostCpu, chromiumUp, firstPaint: paintAt - start, usable: usableAt - start };
  } finally {
    host.kill('SIGTERM');
    await context?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** `runs` cold starts one after the other; the median of each phase (one slow start on a busy machine does not make the figure). */
export async function coldStartMedians(runs: number): Promise<{ medians: ColdStartPhases; runs: ColdStartPhases[] }> {
  const all: ColdStartPhases[] = [];
  for (let i = 0; i < runs; i += 1) all.push(await once());
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
  };
}
