// `npm run bench -- --only soak [--days N] [--scale K]`: a simulated week at a
// busy mairie (tests/bench/soak/), each day's figures on stderr, the week's
// verdicts as figures. Targets (issue 16): 0 errors; after day 1's warm-up,
// host RSS growth < 20 MB and receipt renderer growth < 50 MB; the database
// back to its size after each purge; last day's API p99 within 20 % of day 1's.
import type { Figures } from './figures.js';
import { runSoak, type SoakDay } from './soak/run-soak.js';

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a positive number`);
  return value;
};

/** The week's verdicts from its days (exported for the CI's one-day run). */
export function soakFigures(days: readonly SoakDay[], retentionDays: number): Figures {
  const first = days[0]!;
  const last = days.at(-1)!;
  // The first night that purged a whole day sets the steady state's size; each later night must come back to it.
  const steady = days[retentionDays];
  return {
    'soak.days': days.length,
    'soak.visits': days.reduce((sum, d) => sum + d.visits, 0),
    'soak.calls': days.reduce((sum, d) => sum + d.calls, 0),
    'soak.errors': days.reduce((sum, d) => sum + d.errors, 0),
    'soak.host_rss_day1_mb': first.hostRssMb,
    'soak.host_rss_growth_mb': last.hostRssMb - first.hostRssMb,
    'soak.receipt_chromium_private_day1_mb': first.stationChromiumPrivateMb,
    'soak.receipt_chromium_private_growth_mb': last.stationChromiumPrivateMb - first.stationChromiumPrivateMb,
    'soak.kiosk_chromium_private_growth_mb': last.kioskChromiumPrivateMb - first.kioskChromiumPrivateMb,
    'soak.db_after_purge_mb': last.dbAfterPurgeMb,
    'soak.wal_after_purge_mb': last.walAfterPurgeMb,
    ...(steady && days.length > retentionDays + 1 ? { 'soak.db_after_purge_growth_mb': last.dbAfterPurgeMb - steady.dbAfterPurgeMb } : {}),
    'soak.api_p99_day1_ms': first.apiP99Ms,
    'soak.api_p99_last_ms': last.apiP99Ms,
    'soak.api_p99_last_over_first': last.apiP99Ms / first.apiP99Ms,
    'soak.receipt_pdf_p95_last_ms': last.pdfP95Ms,
  };
}

export async function soakBenchmark(): Promise<Figures> {
  const days = argument('--days', 7);
  const scale = argument('--scale', 0.2);
  const retentionDays = 2;
  process.stderr.write(
    `soak: ${days} days at scale ${scale} (1 = 4 stations × 40 visits and 300 kiosk sessions a day), retention ${retentionDays} days\n`,
  );
  const result = await runSoak({ days, scale, retentionDays, log: (line) => process.stderr.write(`soak ${line}\n`) });
  return soakFigures(result, retentionDays);
}
