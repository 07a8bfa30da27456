// The clock jumps: forward a year (a dead CMOS battery, a hand on the
// settings) must not erase today's visits as "old"; the purge pauses and
// says so once, and resumes when the clock is set right or once the new
// time has held a day. Set back a day, the future-rows purge stays.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/services/app.node.js';
import { fixedClock } from '../../../electron/services/clock.node.js';
import { HostNotices } from '../../../electron/services/host-notices.node.js';
import { purgeExpired } from '../../../electron/services/retention.node.js';
import { SessionStore } from '../../../electron/services/store/session-store.node.js';
import { unusedPdf, unusedPrinter } from '../browser-host/harness.js';
import { STATION_SETTINGS } from '../../support/fixtures.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const MORNING = '2026-06-15T08:30:00Z';

function storeWithToday(clock: ReturnType<typeof fixedClock>) {
  const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
  store.writeSettings(STATION_SETTINGS);
  store.createVisit({ reference: 'TDY-222', createdAt: clock.now().toISOString(), depositDate: clock.today(), mode: 'station' });
  return store;
}

describe('a clock that jumps forward a year', () => {
  it('keeps today’s visits, pauses the purge and says so once', () => {
    const clock = fixedClock(MORNING);
    const store = storeWithToday(clock);
    const notices = new HostNotices(() => undefined);
    expect(purgeExpired(store, clock, undefined, notices)).toBe(0); // the store sees the morning
    clock.advance(HOUR);
    purgeExpired(store, clock, undefined, notices);

    clock.advance(365 * DAY);
    expect(purgeExpired(store, clock, undefined, notices)).toBe(0);
    expect(store.getVisit('TDY-222')).not.toBeNull();
    const lines = notices.list();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^L’horloge de ce poste a avancé de 365 jours depuis sa dernière utilisation \(15 juin 2026/);
    expect(lines[0]).toContain('Vérifiez la date et l’heure du poste.');
    // Each hourly round while paused: still nothing erased, nothing said again (the day count grows, the line does not repeat).
    for (let round = 0; round < 23; round += 1) {
      clock.advance(HOUR - 1000);
      expect(purgeExpired(store, clock, undefined, notices)).toBe(0);
    }
    expect(notices.list()).toHaveLength(1);
    expect(store.getVisit('TDY-222')).not.toBeNull();
    store.close();
  });

  it('resumes as usual once the clock is set right (and the visit of the day is still kept)', () => {
    const clock = fixedClock(MORNING);
    const store = storeWithToday(clock);
    purgeExpired(store, clock);
    clock.advance(365 * DAY);
    expect(purgeExpired(store, clock)).toBe(0);
    clock.advance(-365 * DAY + 2 * HOUR); // set right: two hours after the morning
    expect(purgeExpired(store, clock)).toBe(0);
    expect(store.readClockMark()).toEqual({ lastSeen: clock.now().toISOString(), pausedSince: null });
    // Then days pass for real, a purge each: the visit goes when its 14 days are over, not before.
    for (let day = 1; day < 14; day += 1) {
      clock.advance(DAY);
      expect(purgeExpired(store, clock)).toBe(0);
    }
    clock.advance(DAY);
    expect(purgeExpired(store, clock)).toBe(1);
    store.close();
  });

  it('accepts the new time once it has held a day: the days really passed (a long closure), data is not kept past that', () => {
    const clock = fixedClock(MORNING);
    const store = storeWithToday(clock);
    purgeExpired(store, clock);
    clock.advance(40 * DAY);
    expect(purgeExpired(store, clock)).toBe(0);
    clock.advance(DAY - 1000);
    expect(purgeExpired(store, clock)).toBe(0);
    clock.advance(1000);
    expect(purgeExpired(store, clock)).toBe(1);
    store.close();
  });

  it('pauses at start-up too: a host started with its clock a year ahead erases nothing of the day before', async () => {
    const dataDir = tempDir();
    const clock = fixedClock(MORNING);
    const first = openServices({ dataDir, clock, pdf: unusedPdf, printer: unusedPrinter });
    first.store.writeSettings(STATION_SETTINGS);
    first.store.createVisit({ reference: 'TDY-222', createdAt: clock.now().toISOString(), depositDate: clock.today(), mode: 'station' });
    first.store.createVisit({ reference: 'KSK-222', createdAt: clock.now().toISOString(), depositDate: clock.today(), mode: 'kiosk' });
    await first.close();

    clock.advance(365 * DAY);
    const next = openServices({ dataDir, clock, pdf: unusedPdf, printer: unusedPrinter });
    expect(next.store.getVisit('TDY-222')).not.toBeNull();
    expect(next.store.getVisit('KSK-222')).toBeNull(); // kiosk sessions are never kept past a start, whatever the date
    expect(next.notices.list()).toEqual([expect.stringMatching(/^L’horloge de ce poste a avancé de 365 jours/)]);
    await next.close();
  });

  it('does not take a weekend or a night off for a jump', () => {
    const clock = fixedClock('2026-06-12T17:00:00Z'); // a Friday evening
    const store = storeWithToday(clock);
    const notices = new HostNotices(() => undefined);
    purgeExpired(store, clock, undefined, notices);
    clock.advance(63 * HOUR); // Monday morning
    purgeExpired(store, clock, undefined, notices);
    expect(notices.list()).toEqual([]);
    expect(store.readClockMark()!.pausedSince).toBeNull();
    store.close();
  });
});

describe('a clock set back a day', () => {
  it('still purges the rows dated in the future, and keeps the day’s own', () => {
    const clock = fixedClock(MORNING);
    const store = storeWithToday(clock);
    purgeExpired(store, clock);
    clock.advance(-DAY);
    store.createVisit({ reference: 'NWW-222', createdAt: clock.now().toISOString(), depositDate: clock.today(), mode: 'station' });
    expect(purgeExpired(store, clock)).toBe(1);
    expect(store.getVisit('TDY-222')).toBeNull();
    expect(store.getVisit('NWW-222')).not.toBeNull();
    store.close();
  });
});
