// The database as found at start, checked before anything opens it for
// good: a power cut or a failing disk can leave it truncated, with random
// bytes in a page, or with its shared-memory index but not the WAL the
// index speaks of (the last committed writes gone, which SQLite would open
// without a word). Node built-ins and better-sqlite3 only: the browser
// host runs it before its window starts (store-health.node.ts repairs).
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type Damage = 'truncated' | 'notDatabase' | 'integrity' | 'walMissing';

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Files set aside carry this infix and the instant, e.g. sessions.sqlite.damaged-2026-12-04T08-15-00-000Z. */
export const SET_ASIDE_INFIX = '.damaged-';

function readBytes(file: string, length: number, position = 0): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, position);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * What is wrong with the database file, or null when it is sound (or absent:
 * a first start). Reads the header and the WAL index before SQLite opens
 * anything, then runs PRAGMA integrity_check.
 */
export function diagnoseStore(file: string): Damage | null {
  const wal = `${file}-wal`;
  const shm = `${file}-shm`;
  // A WAL index that counts committed frames, without its WAL: those writes are gone.
  if (existsSync(shm) && !existsSync(wal)) {
    const index = readBytes(shm, 20);
    // WalIndexHdr: isInit at byte 12, mxFrame (native order; x86 and ARM are little-endian) at byte 16.
    if (index.length >= 20 && index[12] === 1 && index.readUInt32LE(16) > 0) return 'walMissing';
  }
  if (!existsSync(file)) return null;
  const size = statSync(file).size;
  if (size === 0) return null; // created, never written: SQLite starts it afresh
  const header = readBytes(file, 100);
  if (header.length < 100 || !header.subarray(0, 16).equals(HEADER)) return 'notDatabase';
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  // The page count in the header is valid when the "version-valid-for" number matches the change counter.
  const pages = header.readUInt32BE(28);
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  // Without a WAL the file alone holds the database: it must hold every page the header counts.
  if (!existsSync(wal) && (size % pageSize !== 0 || (countValid && size < pages * pageSize))) return 'truncated';
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0 });
    const result = db.pragma('integrity_check', { simple: true });
    return result === 'ok' ? null : 'integrity';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') return 'notDatabase';
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_IOERR_SHORT_READ')) return 'integrity';
    throw error;
  } finally {
    db?.close();
  }
}

/** Moves the database and its WAL and index aside (0600), named with the instant; returns their new paths. */
export function setAside(file: string, now: Date): string[] {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const moved: string[] = [];
  for (const suffix of ['', '-wal', '-shm']) {
    const from = `${file}${suffix}`;
    if (!existsSync(from)) continue;
    const to = `${file}${SET_ASIDE_INFIX}${stamp}${suffix}`;
    renameSync(from, to);
    chmodSync(to, 0o600);
    moved.push(to);
  }
  return moved;
}

/**
 * Erases files set aside more than `maxAgeMs` ago (by the instant in their
 * name): they hold visits like the database did, and are kept no longer.
 */
export function purgeSetAside(file: string, now: Date, maxAgeMs: number): string[] {
  const dir = dirname(file);
  const prefix = `${basename(file)}${SET_ASIDE_INFIX}`;
  const erased: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name.slice(prefix.length));
    // A name that carries no instant cannot be dated: its file's own time stands for it.
    const at = match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`) : statSync(join(dir, name)).mtimeMs;
    if (now.getTime() - at <= maxAgeMs) continue;
    rmSync(join(dir, name), { force: true });
    erased.push(join(dir, name));
  }
  return erased;
}
