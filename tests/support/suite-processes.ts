// The processes the test suite starts (hosts, Chromium, Xvfb, stand-in
// `lp`, CLI children) carry one mark: an environment variable set once per
// run, before the workers start, and inherited by everything they spawn.
// /proc/<pid>/environ keeps it whatever the process's command line says,
// and a developer's own Chromium, started outside the run, has none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const SUITE_MARK = 'DOSSIER_COMPLET_TEST_RUN';

/** Marks this run (vitest's main process, before its workers start): its children inherit the mark. */
export function markSuiteRun(): string {
  const run = `${process.pid}-${Date.now()}`;
  process.env[SUITE_MARK] = run;
  return run;
}

const read = (pid: string, file: string) => {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null; // ended meanwhile
  }
};

/** Its parent's pid, from /proc/<pid>/stat (the command name in parentheses may hold spaces). */
const parentOf = (pid: string) => Number((read(pid, 'stat') ?? '').replace(/^.*\) /s, '').split(' ')[1]);

/**
 * The live processes of run `run`, as "pid command line", except vitest's own:
 * its main process (`runner`, by default this one) and its workers (its direct children).
 * Zombies are left out: they have ended, their parent has not read their status yet.
 */
export function suiteProcesses(run: string, runner = process.pid): string[] {
  if (!existsSync('/proc')) return [];
  const mark = `${SUITE_MARK}=${run}`;
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === runner || parentOf(pid) === runner) continue;
    if (!(read(pid, 'environ') ?? '').split('\0').includes(mark)) continue;
    if (/^State:\s+Z/m.test(read(pid, 'status') ?? '')) continue;
    const cmdline = read(pid, 'cmdline');
    if (cmdline) found.push(`${pid} ${cmdline.split('\0').join(' ').trim().slice(0, 300)}`);
  }
  return found;
}

/**
 * What the run left running: waits (up to `graceMs`) for the run's processes
 * to end, since Chromium's helpers exit a moment after their browser; the ones
 * still there then are listed and ended (SIGKILL), so that they do not outlive
 * the run either.
 */
export async function leftoverSuiteProcesses(run: string, graceMs = 15_000, runner = process.pid): Promise<string[]> {
  const end = Date.now() + graceMs;
  let left = suiteProcesses(run, runner);
  while (left.length > 0 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    left = suiteProcesses(run, runner);
  }
  for (const line of left)
    try {
      process.kill(Number(line.split(' ')[0]), 'SIGKILL');
    } catch {
      /* gone */
    }
  return left;
}

/** The live processes (but this one) whose command line or environment names `dir`: a host given it as TMPDIR, its Chromium. */
export function processesUsing(dir: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid) && Number(pid) !== process.pid)
    .filter((pid) => `${read(pid, 'cmdline') ?? ''}\0${read(pid, 'environ') ?? ''}`.includes(dir))
    .filter((pid) => !/^State:\s+Z/m.test(read(pid, 'status') ?? ''))
    .map(Number);
}

/**
 * Ends (SIGKILL) every process working in `dir`, until none is left (`timeoutMs` at most):
 * a killed Chromium's helpers go on writing in its profile for a moment. Whether none is left.
 */
export async function endProcessesUsing(dir: string, timeoutMs = 10_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const pids = processesUsing(dir);
    if (pids.length === 0) return true;
    if (Date.now() > end) return false;
    for (const pid of pids)
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
