import type { Database } from 'better-sqlite3';

/**
 * A ticked piece may say how it was verified (issue 17): the emission date
 * its 2D-Doc proved, and nothing else (no name, address or document number).
 * Null: ticked by eye. A date, checked as one, so a name cannot slip in.
 */
export function migration03PieceProofs(db: Database): void {
  db.exec(`
    ALTER TABLE piece_checks ADD COLUMN two_d_doc_emitted_on TEXT
      CHECK (two_d_doc_emitted_on IS NULL OR (two_d_doc_emitted_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND status = 'presented'));
  `);
}
