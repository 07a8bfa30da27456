import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_CHROMIUM } from '../../support/needs.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { useTempDir } from '../../support/temp-dir.js';
import Database from 'better-sqlite3';
import { REFUSED } from '../../../electron/browser-host/listener.node.js';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { processesNaming, sweepStaleTemp } from '../../../electron/services/private-temp.node.js';
import { SessionStore } from '../../../electron/services/store/session-store.node.js';

const tempDir = useTempDir();
const NO_XVFB = existsSync('/usr/bin/Xvfb') ? false : 'Xvfb is not installed (bash .ci/install-system-packages installs it)';

const waitFor = async (check: () => boolean, timeoutMs: number) => {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
};

describe('the browser host window', () => {
  it.skipIf(NO_CHROMIUM || NO_XVFB)(
    'opens with the session, and ends within seconds when the host is killed with SIGKILL',
    async () => {
      const root = tempDir();
      const tmp = join(root, 'tmp');
      const xvfb: ChildProcess = spawn('/usr/bin/Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      try {
        const display = await new Promise<string>((resolve) =>
          xvfb.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
        );
        mkdirSync(tmp);
        const host = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/browser-host/main.node.ts')], {
          cwd: PROJECT_ROOT,
          env: { ...process.env, DISPLAY: `:${display}`, DOSSIER_COMPLET_DATA: join(root, 'data'), TMPDIR: tmp, NO_BROWSER: '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        host.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const profile = `--user-data-dir=${tmp}/dossier-complet-tmp-chromium-`;
        expect(await waitFor(() => processesNaming(profile).length > 0, 20_000)).toBe(true);
        // Let the window load its page: a window without the session would be logged as refused.
        await new Promise((resolve) => setTimeout(resolve, 4000));
        expect(stderr).not.toMatch(/refused 403/);
        // The window spent its launch address: read off its command line, it now opens nothing.
        const cmdline = readFileSync(`/proc/${processesNaming(profile)[0]!}/cmdline`, 'utf8').split('\0');
        const launch = cmdline.find((arg) => arg.startsWith('--app='))!.slice('--app='.length);
        expect(launch).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/launch\/[\w-]{43}$/);
        expect((await fetch(launch, { redirect: 'manual' })).status).toBe(403);
        host.kill('SIGKILL');
        expect(await waitFor(() => processesNaming(profile).length === 0, 5000)).toBe(true);
      } finally {
        xvfb.kill();
        sweepStaleTemp(tmp);
      }
    },
    60_000,
  );

  it.skipIf(NO_CHROMIUM || NO_XVFB)(
    'stays on a French 503 page when its settings are damaged, until it is stopped, then exits 1',
    async () => {
      const root = tempDir();
      const tmp = join(root, 'tmp');
      const data = join(root, 'data');
      mkdirSync(tmp);
      mkdirSync(data);
      SessionStore.open(storeFile(data)).close();
      // A kiosk's row the schema refuses: the kiosk window starts, then the services refuse the row.
      const db = new Database(storeFile(data));
      db.prepare('INSERT INTO settings (id, value) VALUES (1, ?)').run('{"mode":"kiosk"}');
      db.close();
      const xvfb: ChildProcess = spawn('/usr/bin/Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      try {
        const display = await new Promise<string>((resolve) =>
          xvfb.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
        );
        const host = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/browser-host/main.node.ts')], {
          cwd: PROJECT_ROOT,
          env: {
            ...process.env,
            DISPLAY: `:${display}`,
            DOSSIER_COMPLET_DATA: data,
            TMPDIR: tmp,
            NO_BROWSER: '',
            DOSSIER_COMPLET_MODE: '',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        host.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const exited = new Promise<number | null>((resolve) => host.on('exit', (code) => resolve(code)));
        const profile = `--user-data-dir=${tmp}/dossier-complet-tmp-chromium-`;
        expect(await waitFor(() => processesNaming(profile).length > 0, 20_000)).toBe(true);
        expect(await waitFor(() => stderr.includes('n’a pas pu démarrer'), 20_000)).toBe(true);
        const cmdline = readFileSync(`/proc/${processesNaming(profile)[0]!}/cmdline`, 'utf8').split('\0');
        expect(cmdline).toContain('--kiosk');
        const origin = new URL(cmdline.find((arg) => arg.startsWith('--app='))!.slice('--app='.length)).origin;
        // The window is not left to vanish: the host stays, and answers what it shows.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        expect(host.exitCode).toBeNull();
        expect(processesNaming(profile).length).toBeGreaterThan(0);
        const page = await fetch(`${origin}/`);
        expect(page.status).toBe(503);
        expect(await page.text()).toBe(REFUSED[503]);
        host.kill('SIGTERM');
        expect(await exited).toBe(1);
        expect(await waitFor(() => processesNaming(profile).length === 0, 5000)).toBe(true);
        expect(stderr).not.toMatch(/\n\s+at /);
      } finally {
        xvfb.kill();
        sweepStaleTemp(tmp);
      }
    },
    60_000,
  );
});
