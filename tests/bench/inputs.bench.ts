// Inputs an agent needs from « Commencer une visite » to the saved PDF, for
// six worked dossiers: the counts `tests/e2e/station-inputs.e2e.test.ts`
// measured (its driver, `input-count.ts`, says how each input is counted),
// beside the baseline measured on main before the keyboard defaults. Without
// counts yet, it runs that test once (it needs the built renderer and Chromium).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { INPUT_BASELINE, INPUT_COUNTS_FILE } from '../e2e/input-baseline.js';
import { PROJECT_ROOT } from '../support/paths.js';
import type { Figures } from './figures.js';

export function inputsBenchmark(): Promise<Figures> {
  if (!existsSync(INPUT_COUNTS_FILE)) {
    execFileSync('npx', ['vitest', 'run', '--config', '.config/vitest.config.ts', 'tests/e2e/station-inputs.e2e.test.ts'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const counts = JSON.parse(readFileSync(INPUT_COUNTS_FILE, 'utf8')) as Record<string, number>;
  const figures: Figures = {};
  for (const [name, before] of Object.entries(INPUT_BASELINE)) {
    const after = counts[name];
    // Before → after, as a person reads it; the figures below carry the same numbers for --json.
    process.stderr.write(`inputs ${name}: ${before} → ${after ?? 'not measured'}\n`);
    figures[`inputs.${name}.before`] = before;
    if (after !== undefined) figures[`inputs.${name}.after`] = after;
  }
  return Promise.resolve(figures);
}
