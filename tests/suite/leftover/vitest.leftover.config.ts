// The project's leftover check (its global set-up and summary reporter) on the one fixture that
// leaves a process behind. Not mergeConfig: it would add the fixture to the whole suite's include.
import { defineConfig } from 'vitest/config';
import SummaryReporter from '../../../.config/summary-reporter.js';

export default defineConfig({
  root: new URL('../../..', import.meta.url).pathname,
  test: {
    include: ['tests/suite/leftover/*.fixture.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', new SummaryReporter({ leftoverGraceMs: 1000 })],
  },
});
