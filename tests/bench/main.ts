// `npm run bench [-- --json] [-- --only rules]`: prints figures, asserts nothing.
// Targets: rules.p99_ms < 0.2, rules.exhaustive_s < 10 over >= 100,000 combinations.
// Targets: station.answer_to_checklist_p95_ms < 50, station.receipt_pdf_p95_ms < 500.
// Targets: load.errors = 0 over 10,000 mixed API calls at concurrency 20; load.p99_ms printed.
// Targets: station.cold_start_ms < 1000 (host spawn to a usable home screen, Chromium launch included; medians
// of several runs, with the phases: host ready, Chromium up, first paint), station.receipt_pdf_first_ms < 500.
// Targets (issue 17): two_d_doc.wedge_scan_to_verdict_p95_ms < 30 (Enter to the verdict drawn, in Chromium).
// `--only answers`: the host's share of an answer (saveAnswers: settings, visit, pruning, SQLite), p50 and p95,
// and the page's pruning before it shows the answer (answers.page_prune_*).
// `--only checklist` (issue 19 item 6): station.answer_to_checklist alone, without the cold starts and PDFs.
// Targets (issue 16): the soak's, in soak.bench.ts (`-- --only soak --days N --scale K`).
import { answersBenchmark } from './answers.bench.js';
import { checklistBenchmark } from './answer-to-checklist.js';
// Targets (issue 18 item 8): inputs.<dossier>.after <= 2/3 of inputs.<dossier>.before (`-- --only inputs`).
import { inputsBenchmark } from './inputs.bench.js';
import { loadBenchmark } from './load.bench.js';
import { rulesBenchmark } from './rules.bench.js';
import { soakBenchmark } from './soak.bench.js';
import { stationBenchmark } from './station.bench.js';
import { twoDDocBenchmark } from './two-d-doc.bench.js';
import type { Figures } from './figures.js';

const BENCHMARKS: Record<string, () => Promise<Figures>> = {
  rules: rulesBenchmark,
  station: stationBenchmark,
  load: loadBenchmark,
  'two-d-doc': twoDDocBenchmark,
  soak: soakBenchmark,
  answers: answersBenchmark,
  inputs: inputsBenchmark,
  checklist: checklistBenchmark,
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : Object.keys(BENCHMARKS);

const figures: Figures = {};
for (const name of only) {
  const run = BENCHMARKS[name];
  if (!run) {
    process.stderr.write(`unknown benchmark: ${name} (known: ${Object.keys(BENCHMARKS).join(', ')})\n`);
    process.exit(2);
  }
  Object.assign(figures, await run());
}

if (json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  for (const [name, value] of Object.entries(figures)) {
    process.stdout.write(`${name.padEnd(40)} ${Number.isInteger(value) ? value : value.toFixed(4)}\n`);
  }
}
