// The browser host as `npm start` runs it: built by esbuild (`build:host`),
// then plain Node. Its first module only opens the socket, reads the mode
// and starts the window; the services are a chunk of their own, loaded
// after. Real process, real SQLite file, real HTTP.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { SessionStore } from '../../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../../support/fixtures.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { buildPrivateHost, runBuiltHost } from '../../support/built-host.js';
import { writeStoredSettingsRow } from '../../support/stored-settings.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
let OUT = '';
const NO_RENDERER = existsSync(join(PROJECT_ROOT, 'out/renderer/index.html'))
  ? false
  : 'the renderer is not built (npm run build:renderer; npm test builds it)';

describe('the built browser host', () => {
  beforeAll(() => {
    OUT = buildPrivateHost('built');
  }, 60_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('starts its window from a first module that does not import the services', () => {
    const main = readFileSync(join(OUT, 'main.mjs'), 'utf8');
    // Loaded on demand, once the window is on its way: the one dynamic import, of a chunk that is there.
    const dynamic = [...main.matchAll(/\bimport\("\.\/chunks\/([^"]+)"\)/g)].map((m) => m[1]!);
    expect(dynamic).toHaveLength(1);
    expect(dynamic[0]).toMatch(/^loaded-host\.node-\w+\.mjs$/);
    expect(existsSync(join(OUT, 'chunks', dynamic[0]!))).toBe(true);
    const staticImports = [...main.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*"([^"]+)"/gm)].map((m) => m[1]!);
    expect(staticImports.length).toBeGreaterThan(0);
    expect(staticImports.some((name) => name.includes('loaded-host'))).toBe(false);
    // Each build starts from an empty folder: no chunk of an earlier build is left to be loaded by mistake.
    expect(readdirSync(join(OUT, 'chunks')).filter((name) => name.startsWith('loaded-host'))).toEqual([dynamic[0]]);
    // The services' weight (the rules, the schemas, the receipts) is not in the first module.
    expect(main).not.toContain('zod');
    expect(main.length).toBeLessThan(50_000);
  });

  it.skipIf(NO_RENDERER)(
    'serves the station with the session its window receives',
    async () => {
      const dataDir = tempDir();
      const store = SessionStore.open(storeFile(dataDir));
      store.writeSettings(STATION_SETTINGS);
      store.close();
      const host = runBuiltHost(OUT, dataDir);
      try {
        const launch = await host.launchUrl();
        const origin = new URL(launch).origin;
        const redeemed = await fetch(launch, { redirect: 'manual' });
        expect(redeemed.status).toBe(303);
        const cookie = redeemed.headers.get('set-cookie')!.split(';')[0]!;
        const page = await fetch(`${origin}/`, { headers: { cookie } });
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<div id="root">');
        const answer = await fetch(`${origin}/api/getSettings`, {
          method: 'POST',
          headers: { cookie, origin, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(await answer.json()).toEqual({ ok: true, value: STATION_SETTINGS });
      } finally {
        expect(await host.stop()).toBe(0);
      }
    },
    30_000,
  );

  // Without a window (NO_BROWSER) it exits at once; with one it stays on a 503 page (window-dies-with-host.test.ts).
  it('stops with a French message when the settings are damaged', async () => {
    const dataDir = tempDir();
    // Valid JSON with a mode, but not settings: the early reading starts a station window, the schema refuses the row.
    writeStoredSettingsRow(dataDir, '{"mode":"station"}');
    const host = runBuiltHost(OUT, dataDir);
    try {
      await host.launchUrl();
      expect(await host.exited).toBe(1);
      const { err } = host.output();
      expect(err).toContain('Dossier complet n’a pas pu démarrer\u00a0: ');
      expect(err).toMatch(/configuration/i);
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      // Whatever failed first (no address printed, no exit): the host does not outlive the test.
      await host.stop();
    }
  }, 30_000);
});
