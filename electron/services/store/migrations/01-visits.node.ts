import type { Database } from 'better-sqlite3';

/** Visits group the applicants who came together; each piece's check is a row, absent until checked. */
export function migration01Visits(db: Database): void {
  db.exec(`
    CREATE TABLE visits (
      id INTEGER PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      deposit_date TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('station', 'kiosk'))
    ) STRICT;
    CREATE INDEX visits_by_created_at ON visits (created_at);
    CREATE INDEX visits_by_deposit_date ON visits (deposit_date);
    CREATE TABLE applicants (
      id INTEGER PRIMARY KEY,
      visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
      answers TEXT NOT NULL CHECK (json_valid(answers))
    ) STRICT;
    CREATE INDEX applicants_by_visit ON applicants (visit_id);
    CREATE TABLE piece_checks (
      applicant_id INTEGER NOT NULL REFERENCES applicants (id) ON DELETE CASCADE,
      piece_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('presented', 'missing')),
      PRIMARY KEY (applicant_id, piece_id)
    ) STRICT;
  `);
}
