// How the Electron shell starts on its data folder, as a plain function run
// and tested under Node: the same lock and the same start-time integrity
// check as the browser host (services/data-folder.node.ts), and, when the
// start cannot go on, the French words for the dialog the glue shows before
// quitting. Never a crash loop: a refusal is a message and an exit, not a throw.
import { prepareDataFolder, startFailureText, type PreparedDataFolder } from '../services/data-folder.node.js';

export type StartOutcome<T> = { ok: true; value: T; notices: string[] } | { ok: false; message: string };

/**
 * Takes and checks the data folder, then opens what `open` opens on it. A
 * second host, a folder that cannot be repaired, or an `open` that throws
 * give `{ ok: false, message }`; the folder is then released.
 */
export async function guardStart<T>(
  dataDir: string,
  open: (prepared: PreparedDataFolder) => T,
  now = new Date(),
): Promise<StartOutcome<T>> {
  let prepared: PreparedDataFolder;
  try {
    prepared = await prepareDataFolder(dataDir, now);
  } catch (error) {
    return { ok: false, message: await startFailureText(error) };
  }
  try {
    return { ok: true, value: open(prepared), notices: prepared.notices };
  } catch (error) {
    prepared.lock.release();
    return { ok: false, message: await startFailureText(error) };
  }
}
