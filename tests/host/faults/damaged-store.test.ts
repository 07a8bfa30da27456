// A database damaged before the start: truncated by a power cut, random
// bytes in a page, its WAL index present without the WAL it counts. The
// services open anyway, on a new database with the settings carried over,
// the damaged files set aside (0600, in the data folder, erased after the
// retention period), and one French line for the agent; the next start
// finds nothing to repair (no crash loop).
import { copyFileSync, existsSync, mkdirSync, openSync, readdirSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/app.node.js';
import { dispatch } from '../../../electron/services/api-handlers.node.js';
import { fixedClock } from '../../../electron/services/clock.node.js';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { purgeExpired } from '../../../electron/services/retention.node.js';
import { SessionStore } from '../../../electron/services/store/session-store.node.js';
import { diagnoseStore, SET_ASIDE_INFIX } from '../../../electron/services/store/store-diagnosis.node.js';
import { unusedPdf, unusedPrinter } from '../browser-host/harness.js';
import { STATION_SETTINGS } from '../../support/fixtures.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const DAY = 24 * 60 * 60 * 1000;
const NOW = '2026-06-15T08:30:00Z';

/** A day's worth of visits on a real store, spread over many pages; closed cleanly. */
function busyStore(dataDir: string, visits = 400): void {
  const store = SessionStore.open(storeFile(dataDir));
  store.writeSettings(STATION_SETTINGS);
  for (let i = 0; i < visits; i += 1) {
    const reference = `D${String(i).padStart(4, '0')}`;
    store.createVisit({ reference, createdAt: '2026-06-15T08:00:00.000Z', depositDate: '2026-06-15', mode: 'station' });
    store.addApplicant(reference, { titles: ['cni'], birthDate: '1990-01-01' });
  }
  store.close();
}

function open(dataDir: string) {
  return openServices({ dataDir, clock: fixedClock(NOW), pdf: unusedPdf, printer: unusedPrinter });
}

const setAside = (dataDir: string) => readdirSync(dataDir).filter((name) => name.includes(SET_ASIDE_INFIX));

/** Opens the services on the damaged folder and checks all that the agent and the next start must find. */
async function expectRepaired(dataDir: string, reason: RegExp, settingsKept = true) {
  const services = open(dataDir);
  try {
    const notices = await dispatch(services.handlers, 'getNotices', {});
    expect(notices.ok).toBe(true);
    const lines = (notices as { value: string[] }).value;
    expect(lines[0]).toMatch(/^La base de données de ce poste était endommagée \(/);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toContain('celles du jour comprises');
    if (settingsKept) {
      expect(lines).toHaveLength(1);
      expect(services.store.readSettings()).toEqual(STATION_SETTINGS);
    } else {
      expect(lines[1]).toMatch(/Paramètres/);
    }
    expect(services.store.pragma('integrity_check')).toBe('ok');
    expect(services.store.visitsOn('2026-06-15')).toEqual([]); // a new database: never the damaged pages
    const aside = setAside(dataDir);
    expect(aside.length).toBeGreaterThan(0);
    for (const name of aside) expect(statSync(join(dataDir, name)).mode & 0o777).toBe(0o600);
  } finally {
    await services.close();
  }
  // The next start finds a sound database: no notice, nothing more set aside.
  const count = setAside(dataDir).length;
  const again = open(dataDir);
  expect(again.notices.list()).toEqual([]);
  await again.close();
  expect(setAside(dataDir)).toHaveLength(count);
}

describe('a damaged database at start', () => {
  it('a truncated file: set aside, a new database with the settings, one French line', async () => {
    const dataDir = tempDir();
    busyStore(dataDir);
    const file = storeFile(dataDir);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    expect(diagnoseStore(file)).toBe('truncated');
    await expectRepaired(dataDir, /fichier tronqué/);
  });

  it('random bytes in a page: integrity_check fails, the same repair', async () => {
    const dataDir = tempDir();
    busyStore(dataDir);
    const file = storeFile(dataDir);
    const pages = statSync(file).size / 4096;
    // A page of visits well past the schema and settings pages, overwritten as a failing disk would.
    const fd = openSync(file, 'r+');
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919 + 13) % 251;
    writeSync(fd, noise, 0, noise.length, Math.floor(pages * 0.6) * 4096);
    closeSync(fd);
    expect(diagnoseStore(file)).toBe('integrity');
    await expectRepaired(dataDir, /contrôle d’intégrité en échec/);
  });

  it('a file that is not a database at all: the settings cannot be read, and the agent is told to enter them again', async () => {
    const dataDir = tempDir();
    busyStore(dataDir, 5);
    const fd = openSync(storeFile(dataDir), 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
    closeSync(fd);
    await expectRepaired(dataDir, /fichier illisible/, false);
  });

  it('the WAL index without its WAL: the committed writes it counted are gone, and SQLite alone would not say so', async () => {
    const dataDir = tempDir();
    busyStore(dataDir, 5);
    // A host that wrote after its last checkpoint, and lost its WAL (copied here as a power cut leaves it).
    const live = tempDir();
    copyFileSync(storeFile(dataDir), storeFile(live));
    const store = SessionStore.open(storeFile(live));
    store.createVisit({ reference: 'LST-222', createdAt: '2026-06-15T08:20:00.000Z', depositDate: '2026-06-15', mode: 'station' });
    copyFileSync(storeFile(live), storeFile(dataDir));
    copyFileSync(`${storeFile(live)}-shm`, `${storeFile(dataDir)}-shm`);
    store.close();
    expect(existsSync(`${storeFile(dataDir)}-wal`)).toBe(false);
    expect(diagnoseStore(storeFile(dataDir))).toBe('walMissing');
    await expectRepaired(dataDir, /journal des dernières écritures manquant/);
  });

  it('leaves a sound database alone, and an absent one is a first start', async () => {
    const dataDir = tempDir();
    busyStore(dataDir, 3);
    const services = open(dataDir);
    expect(services.notices.list()).toEqual([]);
    expect(services.store.visitsOn('2026-06-15')).toHaveLength(3);
    await services.close();
    const fresh = join(tempDir(), 'new');
    mkdirSync(fresh);
    expect(diagnoseStore(storeFile(fresh))).toBeNull();
  });

  it('erases the files set aside once the retention period is over, like the visits they hold', async () => {
    const dataDir = tempDir();
    busyStore(dataDir, 50);
    truncateSync(storeFile(dataDir), 10_000);
    const clock = fixedClock(NOW);
    const services = openServices({ dataDir, clock, pdf: unusedPdf, printer: unusedPrinter });
    expect(setAside(dataDir).length).toBeGreaterThan(0);
    clock.advance(13 * DAY);
    purgeExpired(services.store, clock);
    expect(setAside(dataDir).length).toBeGreaterThan(0);
    clock.advance(1 * DAY + 1000);
    purgeExpired(services.store, clock);
    expect(setAside(dataDir)).toEqual([]);
    await services.close();
  });
});
