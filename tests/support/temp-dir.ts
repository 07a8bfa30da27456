import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { endProcessesUsing } from './suite-processes.js';

/**
 * A fresh folder per test, removed after it. A process still working there
 * (a host given it as its data or temp folder, a Chromium with its profile
 * there) is ended first: a test that timed out never ran its `finally`, and
 * Chromium writing in its profile makes the removal fail (ENOTEMPTY).
 */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) {
      await endProcessesUsing(dir);
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    }
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-complet-'));
    dirs.push(dir);
    return dir;
  };
}
