// Run only by leftover-processes.test.ts, in a vitest run of its own: a test
// that starts a process and does not end it, as a test failing before its
// clean-up would. The process outlives the worker (detached, not waited for).
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

it('starts a process and leaves it running', () => {
  const child = spawn('sleep', [process.env['LEFTOVER_TOKEN'] ?? '61'], { detached: true, stdio: 'ignore' });
  child.unref();
  expect(child.pid).toBeGreaterThan(0);
});
