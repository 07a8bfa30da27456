import { defineConfig } from 'vitest/config';
import SummaryReporter from './summary-reporter.js';

export default defineConfig({
  root: new URL('..', import.meta.url).pathname,
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Marks every process the tests start, for the leftover check at the end of the run (issue 20).
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', new SummaryReporter()],
  },
});
