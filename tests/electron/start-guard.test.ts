// The Electron shell's start on its data folder, under Node: the same lock
// and the same start-time integrity check as the browser host; a refusal is
// a French message for the dialog, never a throw (no crash loop).
import { spawn } from 'node:child_process';
import { truncateSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardStart } from '../../electron/electron-main/start-guard.node.js';
import { storeFile } from '../../electron/services/data-dir.node.js';
import { lockDataFolder } from '../../electron/services/store/data-lock.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

describe('the Electron shell’s start guard', () => {
  it('sets a damaged database aside before opening, with the French line for the agent', async () => {
    const dataDir = tempDir();
    const store = SessionStore.open(storeFile(dataDir));
    store.writeSettings(STATION_SETTINGS);
    for (let i = 0; i < 2000; i += 1)
      store.createVisit({ reference: `D${i}`, createdAt: '2026-06-15T08:00:00.000Z', depositDate: '2026-06-15', mode: 'station' });
    store.close();
    truncateSync(storeFile(dataDir), Math.floor(statSync(storeFile(dataDir)).size / 2));
    const started = await guardStart(dataDir, () => SessionStore.open(storeFile(dataDir)));
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(started.notices).toEqual([expect.stringMatching(/^La base de données de ce poste était endommagée \(fichier tronqué\)/)]);
    expect(started.value.readSettings()).toEqual(STATION_SETTINGS);
    started.value.close();
  });

  it('refuses when another host holds the folder, naming its pid, and opens nothing', async () => {
    const dataDir = tempDir();
    const holder = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'tests/host/faults/lock-holder.node.ts'), dataDir], {
      cwd: PROJECT_ROOT,
    });
    try {
      await new Promise<void>((resolve) => holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve()));
      let opened = false;
      const started = await guardStart(dataDir, () => (opened = true));
      expect(started).toEqual({ ok: false, message: expect.stringContaining(`(processus ${holder.pid})`) });
      expect(opened).toBe(false);
    } finally {
      holder.kill('SIGKILL');
    }
  }, 60_000);

  it('turns a failing open into a message and lets the folder go', async () => {
    const dataDir = tempDir();
    const started = await guardStart(dataDir, () => {
      throw new Error('la configuration enregistrée est endommagée');
    });
    expect(started).toEqual({ ok: false, message: 'la configuration enregistrée est endommagée' });
    lockDataFolder(dataDir).release(); // free again
  });
});
