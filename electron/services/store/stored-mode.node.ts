// The mode as stored, read before the store itself opens: the browser host
// starts its window (kiosk or not) from it while the services load. No
// schema here, so that zod and the contract stay out of the host's first
// module; the store reads the same row through its schema next, and the host
// stops if the two disagree (browser-host/loaded-host.node.ts).
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/** What the launch can tell from the stored settings row. */
export type StoredMode = 'none' | 'kiosk' | 'station' | 'unreadable';

/** The stored row's mode: `none` without a row, `unreadable` when it is not a settings object. */
export function modeOfStoredValue(value: string | undefined): StoredMode {
  if (value === undefined) return 'none';
  let settings: unknown;
  try {
    settings = JSON.parse(value);
  } catch {
    return 'unreadable';
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return 'unreadable';
  const mode = (settings as { mode?: unknown }).mode;
  return mode === 'kiosk' || mode === 'station' ? mode : 'unreadable';
}

/** Reads the mode from the store's file; never creates the file (the store does, with its permissions). */
export function readStoredMode(file: string): StoredMode {
  if (!existsSync(file)) return 'none';
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get() !== undefined;
    if (!hasTable) return 'none';
    const row = db.prepare('SELECT value FROM settings WHERE id = 1').get() as { value: unknown } | undefined;
    if (row === undefined) return 'none';
    return typeof row.value === 'string' ? modeOfStoredValue(row.value) : 'unreadable';
  } catch {
    // A damaged or locked file: the store's own open reports it, in French, next.
    return 'unreadable';
  } finally {
    db?.close();
  }
}

/**
 * Whether the window starts as the kiosk. A row that cannot be read starts the
 * kiosk, the tighter window: if the machine is a kiosk, a station window
 * (tabs, address bar) must never appear, even for the moment before the host
 * stops on the damaged settings.
 */
export const kioskAtLaunch = (stored: StoredMode, forceStation: boolean): boolean =>
  !forceStation && (stored === 'kiosk' || stored === 'unreadable');
