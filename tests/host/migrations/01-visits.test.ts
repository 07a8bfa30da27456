import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/store/migrations/index.node.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();

describe('migration 01: visits, applicants, piece checks', () => {
  it('creates the tables on an empty database and sets version 1', () => {
    const db = new Database(join(tempDir(), 'v1.sqlite'));
    db.pragma('foreign_keys = ON');
    expect(migrate(db, 1)).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (t) => t.name,
    );
    expect(tables).toEqual(['applicants', 'piece_checks', 'visits']);

    db.prepare(
      "INSERT INTO visits (reference, created_at, deposit_date, mode) VALUES ('AAA-222', '2026-06-15T08:00:00.000Z', '2026-06-15', 'station')",
    ).run();
    expect(() =>
      db.prepare("INSERT INTO visits (reference, created_at, deposit_date, mode) VALUES ('AAA-222', 'x', 'y', 'station')").run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db.prepare("INSERT INTO visits (reference, created_at, deposit_date, mode) VALUES ('BBB-222', 'x', 'y', 'lobby')").run(),
    ).toThrow(/CHECK/);
    db.prepare("INSERT INTO applicants (visit_id, answers) VALUES (1, '{}')").run();
    expect(() => db.prepare("INSERT INTO applicants (visit_id, answers) VALUES (1, 'not json')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO piece_checks VALUES (1, 'photo', 'presented')").run();
    expect(() => db.prepare("INSERT INTO piece_checks VALUES (1, 'proof-of-address', 'maybe')").run()).toThrow(/CHECK/);

    db.prepare('DELETE FROM visits').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM piece_checks').get()).toEqual({ n: 0 });
    db.close();
  });
});
