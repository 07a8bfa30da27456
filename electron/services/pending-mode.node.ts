// The mode `npm run -s mode -- kiosk` asked for on a machine that has no
// settings yet: a kiosk cannot run without them (the mairie's name and
// address are on its ticket), so the mode waits in the data folder and the
// first settings saved at the counter's screen take it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Mode = 'kiosk' | 'station';

const fileOf = (dataDir: string) => join(dataDir, 'mode-at-first-settings');

/** The waiting mode, or null (none, or a file that says anything else). */
export function readPendingMode(dataDir: string): Mode | null {
  const file = fileOf(dataDir);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8').trim();
  return text === 'kiosk' || text === 'station' ? text : null;
}

export function writePendingMode(dataDir: string, mode: Mode): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(fileOf(dataDir), `${mode}\n`, { mode: 0o600 });
}

export function clearPendingMode(dataDir: string): void {
  rmSync(fileOf(dataDir), { force: true });
}
