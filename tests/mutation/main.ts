// `npm run mutation [-- rules/engine/fees.ts ...]`: every mutant of rules/
// (or of the files named) against the case tables and worked examples, in
// one worker process (the machine is shared), a mutant stuck past the
// timeout counted as killed. Prints each survivor as found, then the score.
// `-- --unit` then runs the survivors against the rules' unit tests
// (unit-pass.ts) and prints the second score. Not part of `npm test`: it
// takes minutes, half an hour with --unit.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { mutantsOf, type Mutant } from './mutants.js';
import { unitPass } from './unit-pass.js';
import { MUTATION_WORK, RULES_DIR } from './suite.js';

/** Per mutant; a new worker's first mutant also pays for its start (transpiling rules/), on a loaded machine. */
const TIMEOUT_MS = 30_000;
const FIRST_TIMEOUT_MS = 120_000;
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

const args = process.argv.slice(2);
/** `--unit`: the survivors then meet the rules' unit tests (unit-pass.ts), for the second score. */
const unit = args.includes('--unit');
const wanted = args.filter((a) => a !== '--unit').map((f) => relative(RULES_DIR, f));
/** The rules first, the calendar arithmetic (tests/rules/dates.test.ts's own ground) last. */
const files = (readdirSync(RULES_DIR, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && (wanted.length === 0 || wanted.includes(f)))
  .sort((a, b) => Number(a === 'dates.ts') - Number(b === 'dates.ts') || a.localeCompare(b));
const mutants: Mutant[] = files.flatMap((f) => mutantsOf(f, readFileSync(join(RULES_DIR, f), 'utf8')));

const describe = (m: Mutant) => `rules/${m.file}:${m.line}  ${JSON.stringify(m.from)} → ${JSON.stringify(m.to)}`;

type Result = { index: number; killed: boolean; why: string | null };

/** Runs `jobs` in a worker; on a stuck mutant, counts it killed and goes on in a new worker. */
async function runAll(jobs: { index: number; mutant: Mutant | null }[]): Promise<Map<number, Result>> {
  const results = new Map<number, Result>();
  let next = 0;
  while (next < jobs.length) {
    const worker: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', WORKER], { stdio: 'pipe' });
    worker.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    const lines = createInterface({ input: worker.stdout })[Symbol.asyncIterator]();
    for (let first = true; next < jobs.length; next += 1, first = false) {
      const job = jobs[next]!;
      worker.stdin.write(`${JSON.stringify(job)}\n`);
      let timer: NodeJS.Timeout | undefined;
      const line = await Promise.race([
        lines.next(),
        new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), first ? FIRST_TIMEOUT_MS : TIMEOUT_MS))),
      ]);
      clearTimeout(timer);
      if (line === 'timeout' || line.done) {
        results.set(job.index, { index: job.index, killed: true, why: line === 'timeout' ? 'timeout' : 'worker died' });
        process.stderr.write(
          `killed by ${line === 'timeout' ? 'timeout' : 'a dead worker'}: ${job.mutant ? describe(job.mutant) : 'baseline'}\n`,
        );
        worker.kill('SIGKILL');
        next += 1;
        break;
      }
      const result = JSON.parse(line.value) as Result;
      results.set(result.index, result);
      if (!result.killed && job.mutant) console.log(`survived: ${describe(job.mutant)}`);
      if (job.index > 0 && job.index % 50 === 0) process.stderr.write(`… ${job.index}/${mutants.length}\n`);
    }
    worker.stdin.end();
  }
  return results;
}

const started = Date.now();
const baseline = await runAll([{ index: 0, mutant: null }]);
if (baseline.get(0)?.killed) {
  console.error(`The unmutated rules fail the suite (${baseline.get(0)?.why}): fix that first.`);
  process.exit(1);
}
const results = await runAll(mutants.map((mutant, i) => ({ index: i + 1, mutant })));
rmSync(MUTATION_WORK, { recursive: true, force: true });

const survivors = mutants.filter((_, i) => !results.get(i + 1)?.killed);
const killed = mutants.length - survivors.length;
const score = mutants.length === 0 ? 100 : (100 * killed) / mutants.length;
console.log(
  `mutation score: ${score.toFixed(1)} % (${killed} killed of ${mutants.length} mutants, ${files.length} files, ${Math.round((Date.now() - started) / 1000)} s)`,
);
if (unit) {
  const left = unitPass(survivors, describe);
  const unitScore = mutants.length === 0 ? 100 : (100 * (mutants.length - left.length)) / mutants.length;
  console.log(
    `with the unit tests: ${unitScore.toFixed(1)} % (${mutants.length - left.length} killed of ${mutants.length}; ${left.length} survive both passes, ${Math.round((Date.now() - started) / 1000)} s)`,
  );
}
