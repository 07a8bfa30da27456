// The check at the end of every run: a process the run started and left
// running fails the run, listed; a process started outside the run is not
// counted (a developer's own Chromium).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';
import { SUITE_MARK, leftoverSuiteProcesses, suiteProcesses } from '../support/suite-processes.js';

const kill = (pid: number | undefined) => {
  try {
    if (pid) process.kill(pid, 'SIGKILL');
  } catch {
    /* gone */
  }
};

describe('the processes of a test run', () => {
  it('are the marked ones, and the leftover check lists and ends them', async () => {
    const run = `check-${process.pid}-${Date.now()}`;
    const marked = spawn('sleep', ['60'], { env: { ...process.env, [SUITE_MARK]: run }, stdio: 'ignore' });
    const unmarked = spawn('sleep', ['60'], { env: { ...process.env, [SUITE_MARK]: 'another run' }, stdio: 'ignore' });
    try {
      // Marked from its start: the environment is the spawned process's own at once.
      const runner = process.ppid; // vitest's main process, as the reporter sees it
      expect(suiteProcesses(run, runner)).toEqual([`${marked.pid} sleep 60`]);
      const exited = new Promise((resolve) => marked.on('exit', resolve));
      expect(await leftoverSuiteProcesses(run, 300, runner)).toEqual([`${marked.pid} sleep 60`]);
      await exited; // ended by the check
      expect(suiteProcesses(run, runner)).toEqual([]);
      expect(unmarked.exitCode).toBeNull();
    } finally {
      kill(marked.pid);
      kill(unmarked.pid);
    }
  });

  it('fails a run that leaves one, with the list, still ending on the summary line', () => {
    // A duration no other process here has: it names the fixture's process in the list.
    const token = `61.${process.pid}`;
    const result = spawnSync('npx', ['vitest', 'run', '--config', 'tests/suite/leftover/vitest.leftover.config.ts'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LEFTOVER_TOKEN: token, CI: '1' },
      encoding: 'utf8',
      timeout: 90_000,
    });
    const out = result.stdout;
    const listed = new RegExp(
      `Processes of the test run still running after it \\(ended now\\):\\n  (\\d+) sleep ${token.replace('.', '\\.')}\\n`,
    ).exec(out);
    const pid = listed ? Number(listed[1]) : undefined;
    try {
      expect(listed, out + result.stderr).not.toBeNull();
      expect(result.status).toBe(1);
      expect(out.trimEnd().split('\n').at(-1)).toBe('vitest: 1 passed, 1 failed, 0 skipped');
      // Ended by the check (gone, or a zombie until init reaps it).
      expect(existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))).toBe(false);
    } finally {
      kill(pid);
    }
  }, 120_000);
});
