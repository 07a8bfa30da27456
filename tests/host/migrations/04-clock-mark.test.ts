import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/store/migrations/index.node.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();

describe('migration 04: the clock mark', () => {
  it('upgrades a version-3 database with data, keeping it, and allows one clock row', () => {
    const file = join(tempDir(), 'v3.sqlite');
    const v2 = new Database(file);
    migrate(v2, 3);
    v2.prepare(
      "INSERT INTO visits (reference, created_at, deposit_date, mode) VALUES ('AAA-222', '2026-06-15T08:00:00.000Z', '2026-06-15', 'station')",
    ).run();
    v2.prepare("INSERT INTO settings (id, value) VALUES (1, '{}')").run();
    v2.close();

    const db = new Database(file);
    expect(migrate(db)).toBe(4);
    expect(db.prepare('SELECT reference FROM visits').all()).toEqual([{ reference: 'AAA-222' }]);
    expect(db.prepare('SELECT value FROM settings').all()).toEqual([{ value: '{}' }]);
    db.prepare("INSERT INTO clock_mark (id, last_seen) VALUES (1, '2026-06-15T08:00:00.000Z')").run();
    expect(() => db.prepare("INSERT INTO clock_mark (id, last_seen) VALUES (2, '2026-06-15T08:00:00.000Z')").run()).toThrow(/CHECK/);
    expect(migrate(db)).toBe(4);
    db.close();
  });
});
