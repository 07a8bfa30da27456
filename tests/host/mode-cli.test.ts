import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
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

  it('refuses an unconfigured machine with a French message', () => {
    const result = run(tempDir(), 'kiosk');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Aucune donnée dans .*\u00a0: lancez d’abord/);
  });
});
