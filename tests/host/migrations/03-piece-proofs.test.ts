import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/store/migrations/index.node.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();

describe('migration 03: a piece’s 2D-Doc proof', () => {
  it('upgrades a version-2 database, keeping its checks, and holds only a date on a presented piece', () => {
    const file = join(tempDir(), 'v2.sqlite');
    const v2 = new Database(file);
    migrate(v2, 2);
    v2.exec(`
      INSERT INTO visits (reference, created_at, deposit_date, mode) VALUES ('AAA-222', '2026-06-15T08:00:00.000Z', '2026-06-15', 'station');
      INSERT INTO applicants (id, visit_id, answers) VALUES (1, 1, '{}');
      INSERT INTO piece_checks (applicant_id, piece_id, status) VALUES (1, 'photo', 'presented');
    `);
    v2.close();

    const db = new Database(file);
    expect(migrate(db, 3)).toBe(3);
    expect(db.prepare('SELECT piece_id, status, two_d_doc_emitted_on FROM piece_checks').all()).toEqual([
      { piece_id: 'photo', status: 'presented', two_d_doc_emitted_on: null },
    ]);
    const proof = db.prepare('INSERT INTO piece_checks (applicant_id, piece_id, status, two_d_doc_emitted_on) VALUES (1, ?, ?, ?)');
    proof.run('proof-of-address', 'presented', '2026-05-02');
    // A name cannot slip into the column, and a missing piece proves nothing.
    expect(() => proof.run('host-proof-of-address', 'presented', 'MME DUPONT')).toThrow(/CHECK/);
    expect(() => proof.run('host-proof-of-address', 'missing', '2026-05-02')).toThrow(/CHECK/);
    db.close();
  });
});
