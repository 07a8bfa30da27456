import { defineConfig } from 'vitest/config';
import SummaryReporter from './summary-reporter.js';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['tests/**/*.test.ts'],
    // Bounds for a hung test, not speed checks: on a loaded machine (a mairie PC, a busy CI runner, issue 20)
    // a real Chromium page or a tsx-compiled host takes several times longer than on an idle one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at once: most of an end-to-end file's time is spent waiting on Chromium, a host or a display.
    maxWorkers: 2,
    // Marks every process the tests start, for the leftover check at the end of the run (issue 20).
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', new SummaryReporter()],
  },
});
