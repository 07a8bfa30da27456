import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/app.node.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { purgeExpired } from '../../electron/services/retention.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';
import { unusedPdf, unusedPrinter } from './browser-host/harness.js';

const tempDir = useTempDir();
const mode = (file: string) => statSync(file).mode & 0o777;
const DAY = 24 * 60 * 60 * 1000;

describe('the data folder and the database stay private', () => {
  it('sets the folder to 0700 and the database, WAL and shared-memory files to 0600, whatever existed before', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const file = join(dataDir, 'sessions.sqlite');
    SessionStore.open(file).close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) {
      if (!existsSync(f)) writeFileSync(f, '');
      chmodSync(f, 0o644);
    }
    const services = openServices({ dataDir, clock: fixedClock('2026-06-15T08:30:00Z'), pdf: unusedPdf, printer: unusedPrinter });
    services.store.writeSettings(STATION_SETTINGS);
    expect(mode(dataDir)).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect({ f, mode: mode(f) }).toEqual({ f, mode: 0o600 });
    await services.close();
  });

  it('creates a new database 0600 even under a permissive umask', () => {
    const previous = process.umask(0o000);
    try {
      const file = join(tempDir(), 'fresh.sqlite');
      const store = SessionStore.open(file);
      store.writeSettings(STATION_SETTINGS);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect({ f, mode: mode(f) }).toEqual({ f, mode: 0o600 });
      store.close();
    } finally {
      process.umask(previous);
    }
  });
});

describe('a WAL truncation that a busy reader blocks', () => {
  it('is retried, reported, left pending, and done by the next purge: no marker left', () => {
    const file = join(tempDir(), 'sessions.sqlite');
    const store = SessionStore.open(file);
    const reports: string[] = [];
    store.onWalBusy = () => reports.push('busy');
    store.createVisit({ reference: 'MRK-7Q7', createdAt: '2026-06-15T08:00:00.000Z', depositDate: '2026-06-15', mode: 'kiosk' });
    store.addApplicant('MRK-7Q7', { titles: ['cni'], birthDate: '1913-07-14' });

    // Another connection in the middle of a read holds the WAL.
    const reader = new Database(file);
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM visits').get();
    expect(store.deleteKioskVisit('MRK-7Q7')).toBe(true);
    expect(reports).toEqual(['busy']);
    expect(store.walPending).toBe(true);
    reader.exec('COMMIT');
    reader.close();

    expect(store.purge('2000-01-01', '2000-01-01')).toBe(0);
    expect(store.walPending).toBe(false);
    expect(statSync(`${file}-wal`).size).toBe(0);
    for (const f of [file, `${file}-wal`]) expect(readFileSync(f).includes(Buffer.from('1913-07-14'))).toBe(false);
    store.close();
  });
});

describe('retention when the clock was set back', () => {
  it('purges visits dated in the future, and keeps those of now', () => {
    const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
    store.writeSettings(STATION_SETTINGS);
    const clock = fixedClock('2026-06-15T08:30:00Z');
    store.createVisit({
      reference: 'FUT-222',
      createdAt: new Date(clock.now().getTime() + 2 * DAY).toISOString(),
      depositDate: '2026-06-17',
      mode: 'station',
    });
    store.createVisit({ reference: 'NWW-222', createdAt: clock.now().toISOString(), depositDate: '2026-06-15', mode: 'station' });
    expect(purgeExpired(store, clock)).toBe(1);
    expect(store.getVisit('FUT-222')).toBeNull();
    expect(store.getVisit('NWW-222')).not.toBeNull();
    store.close();
  });
});
