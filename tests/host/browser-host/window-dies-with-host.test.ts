import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_CHROMIUM } from '../../support/needs.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { writeStoredSettingsRow } from '../../support/stored-settings.js';
import { useTempDir } from '../../support/temp-dir.js';
import { NO_XVFB, startXvfb } from '../../support/xvfb.js';
import { UNAVAILABLE } from '../../../electron/browser-host/listener.node.js';
import { processesNaming, sweepStaleTemp } from '../../../electron/services/private-temp.node.js';

const tempDir = useTempDir();

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
      const xvfb = await startXvfb();
      try {
        mkdirSync(tmp);
        const host = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/browser-host/main.node.ts')], {
          cwd: PROJECT_ROOT,
          env: { ...process.env, DISPLAY: xvfb.display, DOSSIER_COMPLET_DATA: join(root, 'data'), TMPDIR: tmp, NO_BROWSER: '' },
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
        xvfb.stop();
        sweepStaleTemp(tmp);
      }
    },
    60_000,
  );

  it.skipIf(NO_CHROMIUM || NO_XVFB)(
    'stays on its French 503 page when its settings are damaged, until it is stopped, then exits 1',
    async () => {
      const root = tempDir();
      const tmp = join(root, 'tmp');
      const data = join(root, 'data');
      mkdirSync(tmp);
      mkdirSync(data);
      // A kiosk's row the schema refuses: the kiosk window starts, then the services refuse the row.
      writeStoredSettingsRow(data, '{"mode":"kiosk"}');
      const xvfb = await startXvfb();
      try {
        const host = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/browser-host/main.node.ts')], {
          cwd: PROJECT_ROOT,
          env: {
            ...process.env,
            DISPLAY: xvfb.display,
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
        expect(await page.text()).toContain(UNAVAILABLE.title);
        host.kill('SIGTERM');
        expect(await exited).toBe(1);
        expect(await waitFor(() => processesNaming(profile).length === 0, 5000)).toBe(true);
        expect(stderr).not.toMatch(/\n\s+at /);
      } finally {
        xvfb.stop();
        sweepStaleTemp(tmp);
      }
    },
    60_000,
  );
});
