import type { Database } from 'better-sqlite3';

/** The station's settings: one row, kept apart from sessions so retention never touches it. */
export function migration02Settings(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      value TEXT NOT NULL CHECK (json_valid(value))
    ) STRICT;
  `);
}
