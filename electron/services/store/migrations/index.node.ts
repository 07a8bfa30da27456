import type { Database } from 'better-sqlite3';
import { migration01Visits } from './01-visits.node.js';
import { migration02Settings } from './02-settings.node.js';
import { migration03PieceProofs } from './03-piece-proofs.node.js';
import { migration04ClockMark } from './04-clock-mark.node.js';

/** In order; the schema version is PRAGMA user_version, the number of migrations applied. */
export const MIGRATIONS: readonly ((db: Database) => void)[] = [
  migration01Visits,
  migration02Settings,
  migration03PieceProofs,
  migration04ClockMark,
];

/** Applies the migrations a database lacks, each in its own transaction with its version bump. */
export function migrate(db: Database, upTo = MIGRATIONS.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this application (${MIGRATIONS.length})`);
  }
  for (let version = current; version < upTo; version += 1) {
    db.transaction(() => {
      MIGRATIONS[version]!(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
