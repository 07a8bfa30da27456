// Two browser hosts on one data folder, as two `npm start` would run them
// (the build esbuild makes, then plain Node): the second refuses at once,
// naming the first's pid in French, and writes nothing.
import { rmSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { SessionStore } from '../../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../../support/fixtures.js';
import { buildPrivateHost, runBuiltHost } from '../../support/built-host.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
let hostDir = '';

describe('two browser hosts on one data folder', () => {
  beforeAll(() => {
    hostDir = buildPrivateHost('two');
  }, 60_000);
  afterAll(() => rmSync(hostDir, { recursive: true, force: true }));

  it('the second refuses at once, naming the first one’s pid, and writes nothing', async () => {
    const dataDir = tempDir();
    const store = SessionStore.open(storeFile(dataDir));
    store.writeSettings(STATION_SETTINGS);
    store.close();
    const first = runBuiltHost(hostDir, dataDir);
    try {
      while (!/Adresse\u00a0: /.test(first.output().out)) {
        if (first.host.exitCode !== null) throw new Error(`first host exited: ${first.output().err}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const before = statSync(storeFile(dataDir)).mtimeMs;
      const second = runBuiltHost(hostDir, dataDir);
      expect(await second.exited).toBe(1);
      const { out, err } = second.output();
      expect(err).toContain(`Dossier complet est déjà ouvert sur ce poste avec le même dossier de données (processus ${first.host.pid})`);
      expect(out).not.toContain('Adresse'); // no socket, no window: refused before either
      expect(statSync(storeFile(dataDir)).mtimeMs).toBe(before);
      expect(first.host.exitCode).toBeNull(); // the first goes on
    } finally {
      first.host.kill('SIGTERM');
      await first.exited;
    }
  }, 60_000);
});
