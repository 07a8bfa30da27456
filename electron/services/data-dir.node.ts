// Where the app keeps its data, in a module of its own with no dependency,
// so that the browser host's start can find the database before it loads
// the services.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's data folder: $DOSSIER_COMPLET_DATA, or the platform's usual place. */
export function defaultDataDir(): string {
  if (process.env['DOSSIER_COMPLET_DATA']) return process.env['DOSSIER_COMPLET_DATA'];
  if (process.platform === 'win32') return join(process.env['APPDATA'] ?? homedir(), 'Dossier complet');
  return join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'dossier-complet');
}

/** The session store's file in a data folder. */
export const storeFile = (dataDir: string): string => join(dataDir, 'sessions.sqlite');

/** DOSSIER_COMPLET_MODE=station opens a kiosk as a station for this launch, to change its settings. */
export const forcedStation = (): boolean => process.env['DOSSIER_COMPLET_MODE'] === 'station';
