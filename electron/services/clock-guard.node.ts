// Whether retention may trust the clock. Visits are purged by their age on
// the clock: a clock set forward a year (a dead CMOS battery, a wrong NTP
// answer, a hand on the settings) would make today's visits "a year old" and
// erase them. The store keeps the last instant it saw; a forward jump beyond
// a bound pauses the purge and says so once. The pause ends when the clock
// comes back within the bound (it was set right), or once the new time has
// held for a day: then the days really passed (a long closure), and data is
// not kept past its retention for more than that day.
import type { ClockMark } from './store/session-store.node.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long a jumped clock must hold before retention accepts it as the real time. */
export const JUMP_CONFIRM_MS = DAY_MS;

/**
 * The largest forward gap taken as time passing: a jump larger than the
 * retention period less a day would erase the visits of the day it happened.
 * At least a day, so a night off is never a jump.
 */
export const jumpBoundMs = (retentionDays: number): number => Math.max(DAY_MS, (retentionDays - 1) * DAY_MS);

export type ClockVerdict =
  /** Purge as usual; `mark` is stored. */
  | { purge: true; mark: ClockMark }
  /** Purge paused; `mark` is stored; `jumpMs` is how far the clock went forward. */
  | { purge: false; mark: ClockMark; jumpMs: number; lastSeen: string };

/** Judges `now` against what the store last saw. A backward jump purges (the future-rows purge handles it). */
export function judgeClock(now: Date, mark: ClockMark | null, boundMs: number): ClockVerdict {
  const at = now.toISOString();
  if (!mark) return { purge: true, mark: { lastSeen: at, pausedSince: null } };
  const gap = now.getTime() - Date.parse(mark.lastSeen);
  if (gap <= boundMs) return { purge: true, mark: { lastSeen: at, pausedSince: null } };
  const pausedSince = mark.pausedSince ?? at;
  const held = now.getTime() - Date.parse(pausedSince);
  // Held a day, and not set back meanwhile (which would make `held` negative): the new time is the real one.
  if (held >= JUMP_CONFIRM_MS) return { purge: true, mark: { lastSeen: at, pausedSince: null } };
  if (held < 0) return { purge: false, mark: { lastSeen: mark.lastSeen, pausedSince: at }, jumpMs: gap, lastSeen: mark.lastSeen };
  return { purge: false, mark: { lastSeen: mark.lastSeen, pausedSince }, jumpMs: gap, lastSeen: mark.lastSeen };
}
