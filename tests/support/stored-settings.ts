// A settings row written as is, past the store's schema: what a damaged or
// hand-edited database holds (the store itself writes only valid settings).
import Database from 'better-sqlite3';
import { storeFile } from '../../electron/services/data-dir.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';

export function writeStoredSettingsRow(dataDir: string, value: string): void {
  // The store's own open first: its folder, permissions and tables.
  SessionStore.open(storeFile(dataDir)).close();
  const db = new Database(storeFile(dataDir));
  try {
    db.prepare('INSERT INTO settings (id, value) VALUES (1, ?) ON CONFLICT DO UPDATE SET value = excluded.value').run(value);
  } finally {
    db.close();
  }
}
