// The app's temporary folders (a receipt for `lp`, Chromium's profiles):
// private (0700), and marked with their owner's pid, so that the next start
// can tell a folder left by a killed process from one still in use (several
// hosts may run on one machine) and erase what a crash left behind.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TEMP_PREFIX = 'dossier-complet-tmp-';
const OWNER = '.owner-pid';
const UNMARKED_GRACE_MS = 60_000;

/** A new private folder in the system's temp folder, owned by this process. */
export function privateTempDir(kind: string, root = tmpdir()): string {
  const dir = mkdtempSync(join(root, `${TEMP_PREFIX}${kind}-`));
  writeFileSync(join(dir, OWNER), String(process.pid), { mode: 0o600 });
  return dir;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The processes whose command line names `needle` (Linux /proc; none elsewhere). */
export function processesNaming(needle: string): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map(Number);
}

/**
 * Ends the processes still working in a dead host's folder: its Chromium
 * outlives it by seconds, writing in the profile. Linux's /proc only; a
 * process is ended only if its command line names that very folder (a
 * unique random path).
 */
function endProcessesUsing(dir: string): void {
  if (!existsSync('/proc')) return;
  const using = () => processesNaming(dir).filter((pid) => pid !== process.pid);
  // Chromium's helpers die after its browser process: wait (3 s at most) until none still writes there.
  for (let round = 0; round < 30; round += 1) {
    const pids = using();
    if (pids.length === 0) return;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

/** Erases the app's temp folders whose owner is gone; returns their paths. Folders of live processes stay. */
export function sweepStaleTemp(root = tmpdir()): string[] {
  const swept: string[] = [];
  for (const name of readdirSync(root)) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const dir = join(root, name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER), 'utf8'));
    } catch {
      // No marker: killed between mkdtemp and the marker's write, or another process is at that instant,
      // or its owner erased it between the listing and now (seen when two hosts start and print together).
      owner = NaN;
      const stat = statSync(dir, { throwIfNoEntry: false });
      if (stat === undefined || Date.now() - stat.mtimeMs < UNMARKED_GRACE_MS) continue;
    }
    if (owner === process.pid || (Number.isInteger(owner) && owner > 0 && alive(owner))) continue;
    endProcessesUsing(dir);
    try {
      // A killed host's Chromium may take a moment to exit and still write in its profile: retry.
      rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
      swept.push(dir);
    } catch (error) {
      // Start-up goes on; the next start tries again.
      console.error(`[private-temp] could not erase ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  return swept;
}
