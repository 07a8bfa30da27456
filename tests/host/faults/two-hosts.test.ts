// Two browser hosts on one data folder, as two `npm start` would run them
// (the build esbuild makes, then plain Node): the second refuses at once,
// naming the first's pid in French, and writes nothing.
import { spawn } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { SessionStore } from '../../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../../support/fixtures.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { buildPrivateHost } from '../../support/built-host.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
let hostDir = '';

function runHost(dataDir: string) {
  const host = spawn(process.execPath, [join(hostDir, 'main.mjs')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DOSSIER_COMPLET_DATA: dataDir, NO_BROWSER: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  host.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  host.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => host.on('exit', (code) => resolve(code)));
  return { host, exited, output: () => ({ out, err }) };
}

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
    const first = runHost(dataDir);
    try {
      while (!/Adresse\u00a0: /.test(first.output().out)) {
        if (first.host.exitCode !== null) throw new Error(`first host exited: ${first.output().err}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const before = statSync(storeFile(dataDir)).mtimeMs;
      const second = runHost(dataDir);
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
