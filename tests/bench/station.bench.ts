import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../../electron/services/clock.node.js';
import { dispatch } from '../../electron/services/api-handlers.node.js';
import { launchChromium, startStation } from '../e2e/station-harness.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { answerToChecklistLatencies } from './answer-to-checklist.js';
import { coldStartMedians } from './cold-start.bench.js';
import { type Figures, percentile } from './figures.js';

/** Cold starts per bench: the median of several, so one start slowed by another program does not make the figure. */
const COLD_RUNS = 5;

/** What `npm start` runs, built as it builds it: the renderer (Vite) and the browser host (esbuild), so a fresh checkout benches too. */
function build(): void {
  for (const script of ['build:renderer', 'build:host'])
    execFileSync('npm', ['run', '-s', script], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

export async function stationBenchmark(): Promise<Figures> {
  build();
  const cold = await coldStartMedians(COLD_RUNS);
  process.stderr.write(`cold start: the host's window on ${cold.window === 'Xvfb' ? 'an Xvfb display' : 'no display (headless)'}\n`);
  // Each run on stderr (stdout stays one JSON object with --json): the spread says how loaded the machine was.
  for (const [i, run] of cold.runs.entries()) {
    process.stderr.write(
      `cold start ${i + 1}/${COLD_RUNS}: host ready ${run.hostReady.toFixed(0)} ms (${run.hostCpu} ms CPU), Chromium up ${run.chromiumUp.toFixed(0)} ms, first paint ${run.firstPaint.toFixed(0)} ms, usable ${run.usable.toFixed(0)} ms\n`,
    );
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-station-'));
  const station = await startStation(dataDir, fixedClock('2026-06-15T08:30:00Z'), STATION_SETTINGS);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(station.host.launchUrl());
    // From the click on an answer to the checklist showing its consequence, measured in the page.
    const { reference, latencies } = await answerToChecklistLatencies(page, 60);

    const pdfTimes: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const t0 = performance.now();
      const envelope = await dispatch(station.services.handlers, 'receiptPdf', { reference, paper: '80mm' });
      if (!envelope.ok) throw new Error(envelope.error.message);
      pdfTimes.push(performance.now() - t0);
    }
    return {
      // Medians over the runs, each from the host's spawn; usable is the "usable from launch".
      'station.cold_start_ms': cold.medians.usable,
      'station.cold_start_host_ready_ms': cold.medians.hostReady,
      'station.cold_start_host_cpu_ms': cold.medians.hostCpu,
      'station.cold_start_chromium_up_ms': cold.medians.chromiumUp,
      'station.cold_start_first_paint_ms': cold.medians.firstPaint,
      'station.answer_to_checklist_p50_ms': percentile(latencies, 50),
      'station.answer_to_checklist_p95_ms': percentile(latencies, 95),
      'station.receipt_pdf_first_ms': pdfTimes[0]!,
      'station.receipt_pdf_p50_ms': percentile(pdfTimes.slice(1), 50),
      'station.receipt_pdf_p95_ms': percentile(pdfTimes.slice(1), 95),
    };
  } finally {
    await browser.close();
    await station.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
