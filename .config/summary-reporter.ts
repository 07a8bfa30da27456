import type { Reporter, TestModule } from 'vitest/node';
import { leftoverSuiteProcesses, SUITE_MARK } from '../tests/support/suite-processes.js';

/**
 * Ends the run with the plain line CI reads in any language:
 * "vitest: N passed, N failed, N skipped".
 * A process of the run's own still running once every test file is done
 * (a host, a Chromium, an Xvfb a test did not end) fails the run: it is
 * listed, ended, and counted as one failure.
 */
export default class SummaryReporter implements Reporter {
  /** `leftoverGraceMs`: how long the run's processes may take to end once the last file is done. */
  constructor(private readonly options: { leftoverGraceMs?: number } = {}) {}

  async onTestRunEnd(modules: readonly TestModule[]): Promise<void> {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) counts.failed += 1;
    }
    const run = process.env[SUITE_MARK];
    const left = run ? await leftoverSuiteProcesses(run, this.options.leftoverGraceMs) : [];
    if (left.length > 0) {
      counts.failed += 1;
      process.exitCode = 1;
      process.stdout.write(`\nProcesses of the test run still running after it (ended now):\n${left.map((l) => `  ${l}\n`).join('')}`);
    }
    process.stdout.write(`\nvitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
