// A gate on the page's scripts, for the kiosk-escape tests alone
// (DOSSIER_COMPLET_HOLD_SCRIPTS=<file>): the HTML is served at once, every
// script only once <file> exists. Keys sent in between provably reach a page
// whose script cannot block them yet; without it the test raced the page's
// own load, and at load 20 lost three attempts in a row (issue 20).
import { existsSync } from 'node:fs';

/** Resolves once `file` exists, looking every `everyMs`. */
export function untilFileExists(file: string, everyMs = 50): Promise<void> {
  return new Promise((resolve) => {
    const look = () => (existsSync(file) ? resolve() : setTimeout(look, everyMs).unref());
    look();
  });
}

/** The gate the environment asks for, or none (every start but that test's). */
export function scriptGateFromEnv(env: NodeJS.ProcessEnv): (() => Promise<void>) | undefined {
  const file = env['DOSSIER_COMPLET_HOLD_SCRIPTS'];
  return file ? () => untilFileExists(file) : undefined;
}
