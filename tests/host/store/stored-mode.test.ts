// The window's mode is decided before the store opens, from the stored row
// read without its schema; these tables pin that reading, and a real store
// shows the early reading and the store's own (through its schema) agree.
import { existsSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/app.node.js';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { SessionStore } from '../../../electron/services/store/session-store.node.js';
import { kioskAtLaunch, modeOfStoredValue, readStoredMode, type StoredMode } from '../../../electron/services/store/stored-mode.node.js';
import { KIOSK_SETTINGS, STATION_SETTINGS } from '../../support/fixtures.js';
import { useTempDir } from '../../support/temp-dir.js';
import { unusedPdf, unusedPrinter } from '../browser-host/harness.js';

const tempDir = useTempDir();

describe('modeOfStoredValue', () => {
  it.each<[string | undefined, StoredMode]>([
    [undefined, 'none'],
    ['{"mode":"kiosk"}', 'kiosk'],
    ['{"mode":"station"}', 'station'],
    [JSON.stringify(STATION_SETTINGS), 'station'],
    [JSON.stringify(KIOSK_SETTINGS), 'kiosk'],
    ['{"mode":"Kiosk"}', 'unreadable'],
    ['{"mode":"borne"}', 'unreadable'],
    ['{}', 'unreadable'],
    ['{"mode":null}', 'unreadable'],
    ['["kiosk"]', 'unreadable'],
    ['"kiosk"', 'unreadable'],
    ['null', 'unreadable'],
    ['{"mode":"kiosk"', 'unreadable'],
    ['', 'unreadable'],
  ])('%j reads as %s', (value, mode) => {
    expect(modeOfStoredValue(value)).toBe(mode);
  });
});

describe('kioskAtLaunch', () => {
  it.each<[StoredMode, boolean, boolean]>([
    ['none', false, false],
    ['station', false, false],
    ['kiosk', false, true],
    // A row that cannot be read starts the tighter window; the host then stops on it.
    ['unreadable', false, true],
    // DOSSIER_COMPLET_MODE=station: the operator opens a kiosk as a station, on purpose.
    ['kiosk', true, false],
    ['unreadable', true, false],
    ['none', true, false],
  ])('stored %s, forced station %s: kiosk %s', (stored, forced, kiosk) => {
    expect(kioskAtLaunch(stored, forced)).toBe(kiosk);
  });
});

describe('readStoredMode on real files', () => {
  it('reads no file as no settings, and does not create it (the store creates it, with its permissions)', () => {
    const file = storeFile(tempDir());
    expect(readStoredMode(file)).toBe('none');
    expect(existsSync(file)).toBe(false);
  });

  it('reads a store without settings as none, and each mode as stored', () => {
    const file = storeFile(tempDir());
    const store = SessionStore.open(file);
    try {
      expect(readStoredMode(file)).toBe('none');
      store.writeSettings(KIOSK_SETTINGS);
      expect(readStoredMode(file)).toBe('kiosk');
      store.writeSettings(STATION_SETTINGS);
      expect(readStoredMode(file)).toBe('station');
    } finally {
      store.close();
    }
  });

  it('reads a database older than the settings table as none', () => {
    const file = storeFile(tempDir());
    const db = new Database(file);
    db.exec('CREATE TABLE visits (id INTEGER PRIMARY KEY)');
    db.close();
    expect(readStoredMode(file)).toBe('none');
  });

  it('reads a file that is not a database as unreadable', () => {
    const file = storeFile(tempDir());
    writeFileSync(file, 'ceci n’est pas une base SQLite, mais un texte assez long pour en avoir l’air.'.repeat(20));
    expect(readStoredMode(file)).toBe('unreadable');
  });

  it.each([
    ['station', STATION_SETTINGS],
    ['kiosk', KIOSK_SETTINGS],
  ])('agrees with the services, which read the row through its schema (%s)', (_mode, settings) => {
    const dataDir = tempDir();
    const store = SessionStore.open(storeFile(dataDir));
    store.writeSettings(settings);
    store.close();
    const early = kioskAtLaunch(readStoredMode(storeFile(dataDir)), false);
    const services = openServices({ dataDir, pdf: unusedPdf, printer: unusedPrinter });
    try {
      expect(early).toBe(services.opensAsKiosk());
      expect(early).toBe(settings.mode === 'kiosk');
    } finally {
      void services.close();
    }
  });
});
