// The settings as the page starts: asked once, before the first render, so
// that the first screen drawn is the one they choose (the station's home, its
// settings, or the kiosk), and known at once when they are already back.
import type { Settings } from '../electron/common/contract.js';
import { api } from './api/host-api.js';

export type SettingsOutcome = { ok: true; settings: Settings | null } | { ok: false; message: string };

export interface StartSettings {
  /** Settles (never rejects) once the host has answered. */
  readonly settled: Promise<SettingsOutcome>;
  /** The answer, once it is back; undefined before. */
  readonly known: () => SettingsOutcome | undefined;
}

export function askSettings(): StartSettings {
  let known: SettingsOutcome | undefined;
  const settled = api.getSettings({}).then(
    (settings): SettingsOutcome => (known = { ok: true, settings }),
    (error: Error): SettingsOutcome => (known = { ok: false, message: error.message }),
  );
  return { settled, known: () => known };
}
