// The second pass of `npm run mutation -- --unit`: a mutant the case tables
// and worked examples let through is run against the rules' own unit tests
// (tests/rules/*.test.ts) for its file, with Vitest, in a copy of the project
// where only that file is mutated. What survives both passes is what no test
// of the rules checks; tests/mutation/SURVIVORS.md explains each group.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT } from '../support/paths.js';
import { apply, type Mutant } from './mutants.js';

const SANDBOX = join(PROJECT_ROOT, 'node_modules', '.cache', 'mutation-unit');

/**
 * The unit tests read for a mutated file, by its folder or name. The walks of
 * the whole threshold space (exhaustive, settled outputs, pruning) take a
 * minute each: left out, so a pass over a few hundred survivors stays under
 * half an hour; settled-outputs is kept for the evaluator, whose per-output
 * open questions only it checks.
 */
function unitTestsFor(file: string): string[] {
  const t = (name: string) => `tests/rules/${name}.test.ts`;
  if (file === 'dates.ts') return [t('dates'), t('dates-calendar')];
  if (file === 'format.ts' || file.startsWith('words/')) return [t('format-words'), t('engine-words'), t('typography')];
  if (file === 'sources.ts') return [t('sources')];
  if (file === 'figures.ts') return [t('figures')];
  if (file.startsWith('facts/')) return [t('fact-domains'), t('properties')];
  if (file.startsWith('parameters/')) return [t('catalog-figures'), t('figures'), t('remedies')];
  if (file.startsWith('pieces/')) return [t('one-wording'), t('engine-words'), t('catalog-figures'), t('label-coherence')];
  if (file === 'remedies.ts') return [t('remedies')];
  if (file === 'engine/evaluate.ts') return [t('engine-words'), t('label-coherence'), t('properties'), t('settled-outputs')];
  return [t('engine-words'), t('label-coherence'), t('properties'), t('remedies')];
}

/** A copy of the tracked files, with the real node_modules linked in. */
function makeSandbox(): void {
  rmSync(SANDBOX, { recursive: true, force: true });
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    mkdirSync(dirname(join(SANDBOX, file)), { recursive: true });
    cpSync(join(PROJECT_ROOT, file), join(SANDBOX, file));
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(SANDBOX, 'node_modules'));
}

/** Runs each mutant against its file's unit tests; returns the ones no test killed. */
export function unitPass(mutants: Mutant[], describe: (m: Mutant) => string): Mutant[] {
  makeSandbox();
  const vitest = join(PROJECT_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const left: Mutant[] = [];
  try {
    // The sandbox holds the tracked files only: a test not yet added to git would be left out, silently.
    const absent = [...new Set(mutants.flatMap((m) => unitTestsFor(m.file)))].filter((test) => !existsSync(join(SANDBOX, test)));
    if (absent.length > 0) throw new Error(`not in the sandbox (git add them first): ${absent.join(', ')}`);
    mutants.forEach((m, i) => {
      const tests = unitTestsFor(m.file);
      const path = join(SANDBOX, 'rules', m.file);
      const original = readFileSync(path, 'utf8');
      writeFileSync(path, apply(original, m));
      try {
        const run = spawnSync(
          process.execPath,
          [vitest, 'run', '--config', '.config/vitest.config.ts', '--bail', '1', '--reporter', 'dot', ...tests],
          { cwd: SANDBOX, encoding: 'utf8', timeout: 300_000 },
        );
        if (run.status === 0) {
          left.push(m);
          console.log(`survived the unit tests too: ${describe(m)}`);
        }
      } finally {
        writeFileSync(path, original);
      }
      if ((i + 1) % 20 === 0) process.stderr.write(`… unit pass ${i + 1}/${mutants.length}\n`);
    });
  } finally {
    rmSync(SANDBOX, { recursive: true, force: true });
  }
  return left;
}
