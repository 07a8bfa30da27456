import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/store/migrations/index.node.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();

describe('migration 02: settings', () => {
  it('upgrades a version-1 database with data, keeping it, and allows one settings row', () => {
    const file = join(tempDir(), 'v1.sqlite');
    const v1 = new Database(file);
    migrate(v1, 1);
    v1.prepare(
      "INSERT INTO visits (reference, created_at, deposit_date, mode) VALUES ('AAA-222', '2026-06-15T08:00:00.000Z', '2026-06-15', 'station')",
    ).run();
    v1.close();

    const db = new Database(file);
    expect(migrate(db, 2)).toBe(2);
    expect(db.prepare('SELECT reference FROM visits').all()).toEqual([{ reference: 'AAA-222' }]);
    db.prepare("INSERT INTO settings (id, value) VALUES (1, '{}')").run();
    expect(() => db.prepare("INSERT INTO settings (id, value) VALUES (2, '{}')").run()).toThrow(/CHECK/);
    expect(migrate(db, 2)).toBe(2);
    db.close();
  });

  it('refuses a database from a newer version of the application', () => {
    const db = new Database(join(tempDir(), 'future.sqlite'));
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer than this application/);
    db.close();
  });
});
