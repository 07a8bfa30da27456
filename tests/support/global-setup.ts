// Runs once in vitest's main process, before any worker starts: marks the
// run, so that every process a test starts carries the mark (see
// suite-processes.ts) and the summary reporter can list what is left.
import { markSuiteRun } from './suite-processes.js';

export function setup(): void {
  markSuiteRun();
}
