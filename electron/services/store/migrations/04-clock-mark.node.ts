import type { Database } from 'better-sqlite3';

/**
 * The last instant the store saw (one row), so that retention can tell a
 * clock that jumped forward from days that really passed; and since when a
 * jump has paused the purge, if it has (retention.node.ts).
 */
export function migration04ClockMark(db: Database): void {
  db.exec(`
    CREATE TABLE clock_mark (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      last_seen TEXT NOT NULL,
      paused_since TEXT
    ) STRICT;
  `);
}
