import type { Clock } from './clock.node.js';
import type { SessionStore } from './store/session-store.node.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** No kiosk session lasts this long: the inactivity dialog ends it well before. */
export const KIOSK_SESSION_MAX_MS = 60 * 60 * 1000;

/**
 * Deletes station visits older than the retention setting and kiosk visits
 * older than `kioskMaxAgeMs` (0 at start-up: kiosk sessions are never kept),
 * and visits dated in the future (the clock was set back).
 */
export function purgeExpired(store: SessionStore, clock: Clock, kioskMaxAgeMs = KIOSK_SESSION_MAX_MS): number {
  const now = clock.now().getTime();
  const days = store.readSettings()?.retentionDays ?? 14;
  // A visit dated more than a minute ahead was made before the clock was set back.
  return store.purge(
    new Date(now - days * DAY_MS).toISOString(),
    new Date(now - kioskMaxAgeMs).toISOString(),
    new Date(now + 60_000).toISOString(),
  );
}

/** Purges at start-up (every kiosk session left), then every `intervalMs`; returns the function that stops it. */
export function scheduleRetention(store: SessionStore, clock: Clock, intervalMs = 60 * 60 * 1000): () => void {
  purgeExpired(store, clock, 0);
  const timer = setInterval(() => purgeExpired(store, clock), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
