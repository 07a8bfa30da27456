// The soak: one station host (its own process: real store, real browser-host
// server and dispatch, real warm Chromium for receipts) and the lobby kiosk's
// host (in this process, its own data folder, its own renderer for tickets),
// driven day by day on a clock the bench moves: no real waiting. After each
// day, the night's retention purge, then the day's figures.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answers, Settings } from '../../../electron/common/contract.js';
import { answersSchema } from '../../../electron/common/contract.js';
import { evaluateAnswers } from '../../../electron/common/applicant-evaluation.js';
import { fixedClock } from '../../../electron/services/clock.node.js';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { purgeExpired } from '../../../electron/services/retention.node.js';
import { startStation } from '../../e2e/station-harness.js';
import { KIOSK_SETTINGS, STATION_SETTINGS } from '../../support/fixtures.js';
import { PROJECT_ROOT, RULES_EXAMPLES } from '../../support/paths.js';
import type { HostRequest, HostStats } from './host-process.js';
import { httpApi, randomSource, runDay, type DayLoad } from './load-day.js';
import { chromiumTrees } from './proc-memory.js';
import { percentile } from '../figures.js';

const MB = 1024 * 1024;
const HOUR_MS = 60 * 60 * 1000;
/** Monday 2027-03-01, 08:30 in Paris: the week starts at opening time. */
const FIRST_MORNING = '2027-03-01T07:30:00Z';
/** Opening hours: the day's slots spread over nine hours. */
const OPEN_MS = 9 * HOUR_MS;

export interface SoakOptions {
  days: number;
  /** 1 is the mairie: 4 stations × 40 visits and 300 kiosk sessions a day. */
  scale: number;
  /** A short retention, so a week shows the purge at work (the settings allow 1 to 14 days). */
  retentionDays?: number;
  log?: (line: string) => void;
}

export interface SoakDay {
  day: number;
  date: string;
  visits: number;
  imports: number;
  calls: number;
  errors: number;
  firstErrors: string[];
  hostRssMb: number;
  hostHeapMb: number;
  /** The receipt renderer's Chromium tree: its private memory (USS, where a leak lands), and the sum of its processes' RSS. */
  stationChromiumPrivateMb: number;
  stationChromiumRssMb: number;
  stationChromiumProcesses: number;
  kioskChromiumPrivateMb: number;
  benchRssMb: number;
  dbMb: number;
  walMb: number;
  dbAfterPurgeMb: number;
  walAfterPurgeMb: number;
  purged: number;
  kioskDbMb: number;
  apiP50Ms: number;
  apiP95Ms: number;
  apiP99Ms: number;
  pdfP95Ms: number;
  seconds: number;
}

const sizeMb = (file: string) => {
  try {
    return statSync(file).size / MB;
  } catch {
    return 0;
  }
};

/** The worked examples' answers (what a person says), kept where this station's rules accept them on the week's dates. */
function answerProfiles(date: string, departement: string): Answers[] {
  return (
    readdirSync(RULES_EXAMPLES)
      .filter((name) => name.endsWith('.json'))
      .map((name) => (JSON.parse(readFileSync(join(RULES_EXAMPLES, name), 'utf8')) as { facts: Record<string, unknown> }).facts)
      // The station sets the date and the territory itself: the person's answers are the rest.
      .map((facts) =>
        answersSchema.safeParse(Object.fromEntries(Object.entries(facts).filter(([key]) => key !== 'today' && key !== 'territory'))),
      )
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
      .filter((answers) => answers.titles && evaluateAnswers(answers, date, departement).ok)
  );
}

/** The station host's process, and a typed request to it. */
async function forkStationHost(dataDir: string, settings: Settings) {
  const child: ChildProcess = fork(join(import.meta.dirname, 'host-process.ts'), [dataDir, FIRST_MORNING, JSON.stringify(settings)], {
    cwd: PROJECT_ROOT,
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 0;
  const ready = new Promise<{ url: string; token: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`station host exited (${code})`)));
    child.on('message', (message: { ready?: true; url: string; token: string; id?: number; value?: unknown; error?: string }) => {
      if (message.ready) return resolve(message);
      const waiting = pending.get(message.id!);
      pending.delete(message.id!);
      if (message.error) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.value);
    });
  });
  const request = <T>(body: HostRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = (nextId += 1);
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ ...body, id });
    });
  return { child, ready: await ready, request };
}

export async function runSoak(options: SoakOptions): Promise<SoakDay[]> {
  const log = options.log ?? (() => undefined);
  const load: DayLoad = {
    stations: 4,
    visitsPerStation: Math.max(2, Math.round(40 * options.scale)),
    kioskSessions: Math.max(3, Math.round(300 * options.scale)),
  };
  const settings: Settings = { ...STATION_SETTINGS, retentionDays: options.retentionDays ?? 2 };
  const stationDir = mkdtempSync(join(tmpdir(), 'bench-soak-station-'));
  const kioskDir = mkdtempSync(join(tmpdir(), 'bench-soak-kiosk-'));
  const kioskClock = fixedClock(FIRST_MORNING);
  const started = performance.now();
  const host = await forkStationHost(stationDir, settings);
  const kioskHost = await startStation(kioskDir, kioskClock, { ...KIOSK_SETTINGS, retentionDays: settings.retentionDays });
  log(`both hosts up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const stationPid = host.child.pid!;
  const profiles = answerProfiles(FIRST_MORNING.slice(0, 10), settings.departement);
  const random = randomSource(16);
  const days: SoakDay[] = [];
  const setTime = async (iso: string) => {
    await host.request({ op: 'setTime', iso });
    kioskClock.advance(new Date(iso).getTime() - kioskClock.now().getTime());
  };
  try {
    for (let day = 0; day < options.days; day += 1) {
      const morning = new Date(FIRST_MORNING).getTime() + day * 24 * HOUR_MS;
      const latencies: number[] = [];
      const t0 = performance.now();
      const result = await runDay({
        load,
        station: httpApi(host.ready.url, host.ready.token, latencies),
        // Receipts are timed on their own: a PDF is not an API round trip's latency.
        stationPdf: httpApi(host.ready.url, host.ready.token, []),
        kiosk: httpApi(kioskHost.host.url, kioskHost.host.token, latencies),
        profiles,
        random,
        departement: settings.departement,
        moveClock: (slot, slots) => setTime(new Date(morning + Math.floor((slot * OPEN_MS) / slots)).toISOString()),
      });
      const seconds = (performance.now() - t0) / 1000;
      const before = { db: sizeMb(storeFile(stationDir)), wal: sizeMb(`${storeFile(stationDir)}-wal`) };
      // The night: 03:00 the next day, the hourly purge runs on both hosts.
      await setTime(new Date(morning + 19.5 * HOUR_MS).toISOString());
      const purged = await host.request<number>({ op: 'purge' });
      purgeExpired(kioskHost.services.store, kioskClock);
      const stats = await host.request<HostStats>({ op: 'stats' });
      const [stationChromium] = chromiumTrees(stationPid);
      const [kioskChromium] = chromiumTrees(process.pid, [stationPid]);
      const figures: SoakDay = {
        day: day + 1,
        date: new Date(morning).toISOString().slice(0, 10),
        visits: result.visits,
        imports: result.imports,
        calls: latencies.length,
        errors: result.errors.length,
        firstErrors: result.errors.slice(0, 5),
        hostRssMb: stats.rss / MB,
        hostHeapMb: stats.heapUsed / MB,
        stationChromiumPrivateMb: (stationChromium?.private ?? 0) / MB,
        stationChromiumRssMb: (stationChromium?.rss ?? 0) / MB,
        stationChromiumProcesses: stationChromium?.processes ?? 0,
        kioskChromiumPrivateMb: (kioskChromium?.private ?? 0) / MB,
        benchRssMb: process.memoryUsage().rss / MB,
        dbMb: before.db,
        walMb: before.wal,
        dbAfterPurgeMb: sizeMb(storeFile(stationDir)),
        walAfterPurgeMb: sizeMb(`${storeFile(stationDir)}-wal`),
        purged,
        kioskDbMb: sizeMb(storeFile(kioskDir)),
        apiP50Ms: percentile(latencies, 50),
        apiP95Ms: percentile(latencies, 95),
        apiP99Ms: percentile(latencies, 99),
        pdfP95Ms: percentile(result.pdfLatencies, 95),
        seconds,
      };
      days.push(figures);
      log(describeDay(figures));
      for (const error of figures.firstErrors) log(`  error: ${error}`);
    }
    return days;
  } finally {
    await host.request({ op: 'stop' }).catch(() => undefined);
    host.child.kill();
    await kioskHost.stop();
    rmSync(stationDir, { recursive: true, force: true });
    rmSync(kioskDir, { recursive: true, force: true });
  }
}

export function describeDay(d: SoakDay): string {
  const mb = (value: number) => value.toFixed(1);
  return (
    `day ${d.day} (${d.date}): ${d.visits} visits, ${d.imports} tickets imported, ${d.calls} calls, ${d.errors} errors, ${d.seconds.toFixed(0)} s; ` +
    `RSS host ${mb(d.hostRssMb)} MB (heap ${mb(d.hostHeapMb)}), receipt Chromium private ${mb(d.stationChromiumPrivateMb)} MB (${d.stationChromiumProcesses} processes, RSS sum ${mb(d.stationChromiumRssMb)}), kiosk's ${mb(d.kioskChromiumPrivateMb)} MB; ` +
    `db ${mb(d.dbMb)} MB + WAL ${mb(d.walMb)} MB, after the purge (${d.purged} visits) ${mb(d.dbAfterPurgeMb)} + ${mb(d.walAfterPurgeMb)} MB; ` +
    `API p50/p95/p99 ${d.apiP50Ms.toFixed(1)}/${d.apiP95Ms.toFixed(1)}/${d.apiP99Ms.toFixed(1)} ms, receipt PDF p95 ${d.pdfP95Ms.toFixed(0)} ms`
  );
}
