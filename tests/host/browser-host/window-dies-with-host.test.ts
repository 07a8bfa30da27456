import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endHost, waitFor, windowBrowser, windowTitled } from '../../support/host-processes.js';
import { NO_CHROMIUM } from '../../support/needs.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { writeStoredSettingsRow } from '../../support/stored-settings.js';
import { useTempDir } from '../../support/temp-dir.js';
import { NO_XVFB, startXvfb } from '../../support/xvfb.js';
import { UNAVAILABLE } from '../../../electron/browser-host/listener.node.js';
import { processesNaming, sweepStaleTemp } from '../../../electron/services/private-temp.node.js';

const tempDir = useTempDir();
const NO_XDOTOOL =
  spawnSync('sh', ['-c', 'command -v xdotool']).status === 0
    ? false
    : 'xdotool is not installed (bash .ci/install-system-packages installs it)';

describe('the browser host window', () => {
  it.skipIf(NO_CHROMIUM || NO_XVFB || NO_XDOTOOL)(
    'opens with the session, and ends within seconds when the host is killed with SIGKILL',
    async () => {
      const root = tempDir();
      const tmp = join(root, 'tmp');
      const xvfb = await startXvfb();
      let host: ChildProcess | undefined;
      try {
        mkdirSync(tmp);
        host = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/browser-host/main.node.ts')], {
          cwd: PROJECT_ROOT,
          env: { ...process.env, DISPLAY: xvfb.display, DOSSIER_COMPLET_DATA: join(root, 'data'), TMPDIR: tmp, NO_BROWSER: '' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stderr = '';
        host.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const profile = `--user-data-dir=${tmp}/dossier-complet-tmp-chromium-`;
        // The window's browser process, by its role: the first process naming the profile may be
        // one of Chromium's helpers, without `--app=` (issue 20).
        expect(await waitFor(() => windowBrowser(profile) !== null, 40_000)).toBe(true);
        // The window shows the app's page, titled « Dossier complet », only once it has redeemed its
        // launch address (the page needs the session): wait for that, not for a fixed time.
        expect(await waitFor(() => windowTitled(xvfb.display, 'Dossier complet'), 60_000), stderr).toBe(true);
        expect(stderr).not.toMatch(/refused 403/);
        // The window spent its launch address: read off its command line, it now opens nothing.
        const launch = windowBrowser(profile)!
          .args.find((arg) => arg.startsWith('--app='))!
          .slice('--app='.length);
        expect(launch).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/launch\/[\w-]{43}$/);
        expect((await fetch(launch, { redirect: 'manual' })).status).toBe(403);
        host.kill('SIGKILL');
        // Within seconds: the watching shell polls every second, then Chromium shuts down (slowly on a loaded machine).
        expect(await waitFor(() => processesNaming(profile).length === 0, 10_000)).toBe(true);
      } finally {
        // Whatever failed first: the host and every Chromium of its folder, then the display.
        await endHost(host, tmp);
        xvfb.stop();
        sweepStaleTemp(tmp);
      }
    },
    // Every wait above is bounded well within this, so the finally runs even on a slow machine.
    180_000,
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
      let host: ChildProcess | undefined;
      try {
        host = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/browser-host/main.node.ts')], {
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
        const exited = new Promise<number | null>((resolve) => host!.on('exit', (code) => resolve(code)));
        const profile = `--user-data-dir=${tmp}/dossier-complet-tmp-chromium-`;
        expect(await waitFor(() => windowBrowser(profile) !== null, 40_000)).toBe(true);
        // The host loads its services (tsx compiles them on the fly) while Chromium starts: slow on a loaded machine.
        expect(await waitFor(() => stderr.includes('n’a pas pu démarrer'), 60_000), stderr).toBe(true);
        // By its role, as above: the window's own process has its `--kiosk` and `--app=`.
        const cmdline = windowBrowser(profile)!.args;
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
        expect(await waitFor(() => host!.exitCode !== null, 20_000)).toBe(true);
        expect(await exited).toBe(1);
        expect(await waitFor(() => processesNaming(profile).length === 0, 10_000)).toBe(true);
        expect(stderr).not.toMatch(/\n\s+at /);
      } finally {
        await endHost(host, tmp);
        xvfb.stop();
        sweepStaleTemp(tmp);
      }
    },
    // Every wait above is bounded well within this, so the finally runs even on a slow machine.
    180_000,
  );
});
