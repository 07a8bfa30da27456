import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { storeFile } from '../../electron/services/data-dir.node.js';
import { clearPendingMode, readPendingMode } from '../../electron/services/pending-mode.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { readStoredMode } from '../../electron/services/store/stored-mode.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const run = (dataDir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/cli/mode-cli.node.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DOSSIER_COMPLET_DATA: dataDir },
    encoding: 'utf8',
  });

describe('npm run mode: the deliberate way to change what the machine is', () => {
  it('turns a station into a kiosk and back, keeping every other setting', () => {
    const dir = tempDir();
    const file = join(dir, 'sessions.sqlite');
    const store = SessionStore.open(file);
    store.writeSettings(STATION_SETTINGS);
    store.close();
    const toKiosk = run(dir, 'borne');
    expect(toKiosk.status).toBe(0);
    expect(toKiosk.stdout).toBe('Ce poste est maintenant une borne en libre-service\u00a0: relancez «\u00a0npm start\u00a0».\n');
    const read = () => {
      const s = SessionStore.open(file);
      const settings = s.readSettings();
      s.close();
      return settings;
    };
    expect(read()).toEqual({ ...STATION_SETTINGS, mode: 'kiosk' });
    expect(run(dir, 'station').status).toBe(0);
    expect(read()).toEqual(STATION_SETTINGS);
  });

  it.each([[[]], [['kiosque!']], [['kiosk', 'extra']]])('refuses %j with its usage and exit 2', (args) => {
    const result = run(tempDir(), ...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^usage\u00a0: npm run -s mode -- kiosk\|station/);
  });

  it('on a new machine, keeps the mode for the first settings saved at the screen, which make it a kiosk', async () => {
    const dir = tempDir();
    const result = run(dir, 'kiosk');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Ce poste deviendra une borne en libre-service dès que ses paramètres seront enregistrés\u00a0: lancez/);
    // The first start opens the counter's window, whose form asks the settings; saved, they carry the waiting mode.
    expect(readStoredMode(storeFile(dir))).toBe('none');
    const store = SessionStore.open(storeFile(dir));
    const handlers = createApiHandlers({
      store,
      clock: fixedClock('2026-06-15T08:30:00Z'),
      pdf: { render: async () => ({ pdf: Buffer.from('%PDF'), heightMm: 100 }), close: async () => {} },
      printer: { print: async () => ({ printed: false, message: '' }) },
      pendingMode: { read: () => readPendingMode(dir), clear: () => clearPendingMode(dir) },
    });
    expect(await dispatch(handlers, 'saveSettings', { settings: STATION_SETTINGS })).toEqual({
      ok: true,
      value: { ...STATION_SETTINGS, mode: 'kiosk' },
    });
    store.close();
    expect(readStoredMode(storeFile(dir))).toBe('kiosk');
    expect(readPendingMode(dir)).toBeNull();
    // And back, at the keyboard, as the confirmation says.
    expect(run(dir, 'station').stdout).toBe('Ce poste est maintenant un guichet\u00a0: relancez «\u00a0npm start\u00a0».\n');
    expect(readStoredMode(storeFile(dir))).toBe('station');
  });
});
