import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/app.node.js';
import { privateTempDir, sweepStaleTemp, TEMP_PREFIX } from '../../electron/services/private-temp.node.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { useTempDir } from '../support/temp-dir.js';
import { unusedPdf, unusedPrinter } from './browser-host/harness.js';

const tempDir = useTempDir();

/** Every file under `dir` whose bytes contain `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && statSync(path).size < 64 * 1024 * 1024 && readFileSync(path).includes(Buffer.from(needle))) found.push(path);
  }
  return found;
}

const waitFor = async (check: () => boolean, timeoutMs = 20_000) => {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('start-up sweeps what a killed host left in the temp folder', () => {
  it.skipIf(NO_CHROMIUM)(
    'SIGKILL mid-print, restart: the receipt and the Chromium profile are gone, no marker anywhere',
    async () => {
      const root = tempDir();
      const marker = 'MARQUEUR-7Q7-1913';
      const lp = join(root, 'lp-that-hangs');
      writeFileSync(lp, '#!/bin/sh\nexec sleep 20\n', { mode: 0o755 });
      const tmp = join(root, 'tmp');
      mkdirSync(tmp);
      // Its own process group: the hanging `lp` (a `sleep`, naming no folder) is ended with it at the end.
      const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'tests/host/crash/printing-host.node.ts'), marker, lp], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, TMPDIR: tmp },
        stdio: 'ignore',
        detached: true,
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const ours = () => readdirSync(tmp).filter((name) => name.startsWith(TEMP_PREFIX));
      try {
        // Mid-print: the PDF is written for lp, and lp has not returned.
        await waitFor(() => ours().some((name) => name.includes('-receipt-') && existsSync(join(tmp, name, 'recu.pdf'))));
        expect(ours().some((name) => name.includes('-chromium-pdf-'))).toBe(true);
      } finally {
        // The crash (only the host: its Chromium and its lp live on, as after a real one), whatever failed first.
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited;
      }
      expect(ours().length).toBeGreaterThanOrEqual(2);

      // The restart: opening the services sweeps the temp folder first.
      const previous = process.env['TMPDIR'];
      process.env['TMPDIR'] = tmp;
      try {
        const services = openServices({
          dataDir: join(root, 'data'),
          clock: fixedClock('2026-06-15T08:30:00Z'),
          pdf: unusedPdf,
          printer: unusedPrinter,
        });
        await services.close();
      } finally {
        if (previous === undefined) delete process.env['TMPDIR'];
        else process.env['TMPDIR'] = previous;
      }
      try {
        expect(ours()).toEqual([]);
        expect(filesContaining(tmp, marker)).toEqual([]);
      } finally {
        // The stand-in lp, still sleeping: its group is the host's. (The sweep ended the host's Chromium.)
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }
    },
    60_000,
  );

  it('leaves the folders of a live process, and unmarked folders younger than a minute', () => {
    const root = tempDir();
    const mine = privateTempDir('receipt', root);
    const live = privateTempDir('chromium', root);
    writeFileSync(join(live, '.owner-pid'), String(process.ppid));
    const dead = privateTempDir('chromium', root);
    writeFileSync(join(dead, '.owner-pid'), '999999999');
    const fresh = join(root, `${TEMP_PREFIX}receipt-unmarked`);
    mkdirSync(fresh);
    const other = join(root, 'dossier-complet-someone-else');
    mkdirSync(other);
    expect(sweepStaleTemp(root)).toEqual([dead]);
    for (const dir of [mine, live, fresh, other]) expect(existsSync(dir)).toBe(true);
    expect(statSync(mine).mode & 0o777).toBe(0o700);
  });

  it('goes on past a folder its owner erased between the listing and the look', () => {
    // Another host's PDF folder removed mid-sweep once failed this start with ENOENT (a loaded CI run).
    // A name that lists but leads nowhere is that instant, held still.
    const root = tempDir();
    const vanished = join(root, `${TEMP_PREFIX}chromium-pdf-vanished`);
    symlinkSync(join(root, 'erased-meanwhile'), vanished);
    const dead = privateTempDir('receipt', root);
    writeFileSync(join(dead, '.owner-pid'), '999999999');
    expect(sweepStaleTemp(root)).toEqual([dead]);
  });
});
