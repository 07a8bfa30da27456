// The browser host starts its receipt renderer (a second, headless Chromium)
// only once its window has called, so the two Chromiums never start together
// on a loaded machine; the real host process, its real HTTP session.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepStaleTemp } from '../../electron/services/private-temp.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('receipt renderer warm-up', () => {
  it.skipIf(NO_CHROMIUM)(
    "waits for the window's first API call, then starts",
    async () => {
      const root = tempDir();
      const tmp = join(root, 'tmp');
      mkdirSync(tmp);
      const data = join(root, 'data');
      mkdirSync(data);
      const store = SessionStore.open(join(data, 'sessions.sqlite'));
      store.writeSettings(STATION_SETTINGS);
      store.close();
      const pdfProfiles = () => readdirSync(tmp).filter((name) => name.startsWith('dossier-complet-tmp-chromium-pdf-'));

      const host = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/browser-host/main.node.ts')], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DOSSIER_COMPLET_DATA: data, TMPDIR: tmp, NO_BROWSER: '1' },
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      try {
        const launch = await new Promise<string>((resolve, reject) => {
          let out = '';
          host.stdout!.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            const match = /Adresse\u00a0: (http\S+)/.exec(out);
            if (match) resolve(match[1]!);
          });
          host.on('exit', (code) => reject(new Error(`host exited (${code})`)));
        });
        // Longer than the fixed delay the host used to wait before starting it whatever the window did.
        await sleep(2500);
        expect(pdfProfiles()).toEqual([]);

        // The window's first visit: the launch address gives the session, then the page asks for its settings.
        const redeemed = await fetch(launch, { redirect: 'manual' });
        const cookie = redeemed.headers.get('set-cookie')!.split(';')[0]!;
        const origin = new URL(launch).origin;
        const answer = await fetch(`${origin}/api/getSettings`, {
          method: 'POST',
          headers: { cookie, origin, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(await answer.json()).toMatchObject({ ok: true });

        const end = Date.now() + 5000;
        while (pdfProfiles().length === 0 && Date.now() < end) await sleep(100);
        expect(pdfProfiles()).toHaveLength(1);
      } finally {
        host.kill('SIGTERM');
        await new Promise((resolve) => (host.exitCode !== null ? resolve(null) : host.on('exit', resolve)));
        sweepStaleTemp(tmp);
      }
    },
    60_000,
  );
});
