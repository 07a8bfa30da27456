import { stationText as t } from '../common/messages/index.js';
import type { Clock } from './clock.node.js';
import { judgeClock, jumpBoundMs } from './clock-guard.node.js';
import type { HostNotices } from './host-notices.node.js';
import type { SessionStore } from './store/session-store.node.js';
import { purgeSetAside } from './store/store-diagnosis.node.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** No kiosk session lasts this long: the inactivity dialog ends it well before. */
export const KIOSK_SESSION_MAX_MS = 60 * 60 * 1000;

/**
 * Deletes station visits older than the retention setting and kiosk visits
 * older than `kioskMaxAgeMs` (0 at start-up: kiosk sessions are never kept),
 * and visits dated in the future (the clock was set back).
 */
export function purgeExpired(store: SessionStore, clock: Clock, kioskMaxAgeMs = KIOSK_SESSION_MAX_MS, notices?: HostNotices): number {
  const now = clock.now().getTime();
  const days = store.readSettings()?.retentionDays ?? 14;
  // A clock that jumped forward past the bound would make today's visits look old: no purge by age until it is settled.
  const verdict = judgeClock(new Date(now), store.readClockMark(), jumpBoundMs(days));
  store.writeClockMark(verdict.mark);
  if (!verdict.purge) {
    notices?.add(
      t('fault.clock.paused', {
        days: Math.floor(verdict.jumpMs / DAY_MS),
        lastSeen: new Date(verdict.lastSeen).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }),
      }),
      // Said once for the pause, however many rounds it lasts (the number of days in the line grows).
      `clock-paused:${verdict.lastSeen}`,
    );
    // Kiosk sessions left at start-up still go: they are never kept, whatever the date.
    return kioskMaxAgeMs === 0 ? store.purge('', '9999', '9999') : 0;
  }
  // Files set aside from a damaged database hold visits too: kept no longer than the visits.
  if (store.file) purgeSetAside(store.file, new Date(now), days * DAY_MS);
  // A visit dated more than a minute ahead was made before the clock was set back.
  return store.purge(
    new Date(now - days * DAY_MS).toISOString(),
    new Date(now - kioskMaxAgeMs).toISOString(),
    new Date(now + 60_000).toISOString(),
  );
}

/** Purges at start-up (every kiosk session left), then every `intervalMs`; returns the function that stops it. */
export function scheduleRetention(store: SessionStore, clock: Clock, intervalMs = 60 * 60 * 1000, notices?: HostNotices): () => void {
  // A purge that fails (a full disk: deleting writes to the WAL first) is tried again at the next round;
  // it never stops the host, nor a timer's exception ends the process.
  const run = (kioskMaxAgeMs: number) => {
    try {
      purgeExpired(store, clock, kioskMaxAgeMs, notices);
    } catch (error) {
      console.error(`[retention] purge not done, retried at the next round: ${(error as { code?: string }).code ?? String(error)}`);
    }
  };
  run(0);
  const timer = setInterval(() => run(KIOSK_SESSION_MAX_MS), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
