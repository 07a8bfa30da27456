// A damaged database at start (store-diagnosis.node.ts says how): moved
// aside (0600, in the data folder, erased with the data after the retention
// period), a new database created with the settings carried over when they
// can still be read, and the agent told in one French line. Never a silent
// empty start; never a crash loop (the new database is sound, so the next
// start finds nothing to repair).
import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { settingsSchema, type Settings } from '../../common/contract.js';
import { stationText as t } from '../../common/messages/index.js';
import { SessionStore } from './session-store.node.js';
import { diagnoseStore, setAside, type Damage } from './store-diagnosis.node.js';

/**
 * The settings row of a damaged database, when it can still be read and
 * still matches its schema. Read from a private copy (0600, beside it,
 * removed at once): SQLite refuses a file shorter than its header says, so
 * a truncated copy is padded back to that length (the missing pages read as
 * zeros, and only the settings page is wanted).
 */
export function salvageSettings(file: string): Settings | null {
  if (!existsSync(file)) return null;
  const copy = `${file}.salvage`;
  let db: Database.Database | null = null;
  try {
    copyFileSync(file, copy);
    chmodSync(copy, 0o600);
    const header = readFileSync(copy).subarray(0, 100);
    const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
    const wanted = header.readUInt32BE(28) * pageSize;
    if (wanted > statSync(copy).size) truncateSync(copy, wanted);
    db = new Database(copy, { readonly: true, fileMustExist: true, timeout: 0 });
    const row = db.prepare('SELECT value FROM settings WHERE id = 1').get() as { value?: unknown } | undefined;
    if (typeof row?.value !== 'string') return null;
    const parsed = settingsSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    try {
      db?.close();
    } catch {
      // a damaged file may fail to close cleanly; nothing was written
    }
    rmSync(copy, { force: true });
  }
}

export interface StoreCheck {
  /** What was found wrong, or null. */
  damage: Damage | null;
  /** Whether the damaged database's settings were carried into the new one. */
  settingsKept: boolean;
  /** The French lines for the agent (empty when all was well). */
  notices: string[];
}

/**
 * Checks the database at start and, when damaged, moves it aside and creates
 * the new one with the settings it still gave (so the launch reads its mode
 * from them). The caller holds the data folder's lock: no other host has
 * these files open. `damage` may be passed when already diagnosed.
 */
export function checkStoreAtStart(file: string, now: Date, damage: Damage | null = diagnoseStore(file)): StoreCheck {
  if (!damage) return { damage, settingsKept: false, notices: [] };
  const settings = salvageSettings(file);
  try {
    setAside(file, now);
  } catch (error) {
    // Not moved: opening it would read damaged pages. Stop with the reason rather than loop on it.
    throw new Error(t('fault.store.cannotSetAside', { detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const store = SessionStore.open(file);
  try {
    if (settings) store.writeSettings(settings);
  } finally {
    store.close();
  }
  const notices = [t('fault.store.setAside', { reason: t(`fault.store.reason.${damage}`) })];
  if (!settings) notices.push(t('fault.store.settingsLost'));
  return { damage, settingsKept: settings !== null, notices };
}
