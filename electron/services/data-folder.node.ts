// What a host does with its data folder before it opens the store, the same
// for Electron and the browser host: closed to others (0700), taken for this
// process alone (data-lock), and the database checked, a damaged one set
// aside (store-health). The browser host runs it before its window starts.
import { chmodSync, mkdirSync } from 'node:fs';
import { storeFile } from './data-dir.node.js';
import { DataFolderBusy, lockDataFolder, type DataLock } from './store/data-lock.node.js';
import { diagnoseStore } from './store/store-diagnosis.node.js';

export interface PreparedDataFolder {
  lock: DataLock;
  /** The French lines for the agent about what was found (a damaged database set aside). */
  notices: string[];
}

/** Creates the data folder if need be, closes it to others, and takes it for this process (or throws DataFolderBusy). */
export function takeDataFolder(dataDir: string): DataLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // mkdir's mode applies only to a folder it creates: an existing one is closed to others too.
  chmodSync(dataDir, 0o700);
  return lockDataFolder(dataDir);
}

/**
 * Prepares the data folder for this process; throws DataFolderBusy when
 * another live host holds it. The repair (zod, the catalogs) is loaded only
 * when the database is found damaged: the browser host's first module stays light.
 */
export async function prepareDataFolder(dataDir: string, now = new Date()): Promise<PreparedDataFolder> {
  const lock = takeDataFolder(dataDir);
  try {
    const damage = diagnoseStore(storeFile(dataDir));
    if (!damage) return { lock, notices: [] };
    const { checkStoreAtStart } = await import('./store/store-health.node.js');
    return { lock, notices: checkStoreAtStart(storeFile(dataDir), now, damage).notices };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Why a start failed, in French for the agent: a second host names the first's pid. */
export async function startFailureText(error: unknown): Promise<string> {
  const { stationText: t } = await import('../common/messages/index.js');
  if (error instanceof DataFolderBusy)
    return error.holderPid === null ? t('fault.lock.busyUnknown') : t('fault.lock.busy', { pid: error.holderPid });
  return error instanceof Error ? error.message : String(error);
}
