// A private X display for tests and the bench: Xvfb picks a free display
// number itself (-displayfd) and says it when it is ready for clients.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const XVFB = '/usr/bin/Xvfb';
/** Why there is no display to start here, or false. */
export const NO_XVFB = existsSync(XVFB) ? false : 'Xvfb is not installed (bash .ci/install-system-packages installs it)';

export interface Display {
  /** `:N`, for DISPLAY. */
  display: string;
  stop(): void;
}

/** A 1280×800 display, no TCP listener; resolves once Xvfb accepts clients. */
export async function startXvfb(): Promise<Display> {
  const xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
  return { display: `:${number}`, stop: () => xvfb.kill('SIGKILL') };
}
