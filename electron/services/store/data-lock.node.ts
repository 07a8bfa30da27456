// One host per data folder. Two hosts on one database (two `npm start`, or
// Electron beside the browser host) would each purge, migrate and write with
// their own view of the settings: the second must refuse at once.
//
// The lock is an SQLite file held in an exclusive transaction for the
// host's whole life: SQLite takes an fcntl lock, which the kernel drops when
// the process dies, however it dies (SIGKILL, power cut). A lock left by a
// dead host is therefore never "held", whatever its pid file says, and no
// pid can be mistaken for a live host after it was reused. The pid file
// beside it only names the holder in the refusal.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'host.lock';
export const PID_FILE = 'host.pid';

/**
 * The data folder is held by another live host. The French words are the
 * catalog's (`fault.lock.busy`, naming `holderPid`): formatted where it is
 * shown, so this module stays free of the catalogs (the browser host's first module takes the lock).
 */
export class DataFolderBusy extends Error {
  constructor(readonly holderPid: number | null) {
    super(`data folder held by another host (pid ${holderPid ?? 'unknown'})`);
  }
}

export interface DataLock {
  release(): void;
}

/** This process's locks, by folder: the browser host takes it before its services, which take it again. */
const held = new Map<string, { db: Database.Database; users: number }>();

/** The holder's pid as its pid file says, or null when it cannot be read. */
export function lockHolder(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, PID_FILE), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder for this process, or throws DataFolderBusy naming
 * the live holder. Never waits: a second host refuses at once.
 */
export function lockDataFolder(dataDir: string): DataLock {
  const key = join(dataDir, LOCK_FILE);
  const mine = held.get(key);
  if (!mine) {
    closeSync(openSync(key, 'a', 0o600));
    chmodSync(key, 0o600);
    // timeout 0: better-sqlite3 would otherwise wait 5 s for a lock that a live host never gives back.
    const db = new Database(key, { timeout: 0 });
    try {
      db.pragma('journal_mode = DELETE');
      // A write transaction left open: EXCLUSIVE takes the file's write lock now, and keeps it until close.
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataFolderBusy(lockHolder(dataDir));
      throw error;
    }
    writeFileSync(join(dataDir, PID_FILE), `${process.pid}\n`, { mode: 0o600 });
    held.set(key, { db, users: 0 });
  }
  const entry = held.get(key)!;
  entry.users += 1;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      entry.users -= 1;
      if (entry.users > 0) return;
      held.delete(key);
      // The pid file first: once the lock is free another host may write its own.
      if (lockHolder(dataDir) === process.pid) rmSync(join(dataDir, PID_FILE), { force: true });
      entry.db.close();
    },
  };
}
