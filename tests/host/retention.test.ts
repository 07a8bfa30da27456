import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { purgeExpired, scheduleRetention } from '../../electron/services/retention.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { useTempDir } from '../support/temp-dir.js';
import { STATION_SETTINGS } from '../support/fixtures.js';

const tempDir = useTempDir();
const DAY = 24 * 60 * 60 * 1000;
const MARKER_REFERENCE = 'MRK-7Q7';
const MARKER_DATE = '1913-07-14';

function traces(file: string, needle: string): string[] {
  return [file, `${file}-wal`].filter((f) => existsSync(f) && readFileSync(f).includes(Buffer.from(needle)));
}

describe('retention', () => {
  it('deletes old visits for real: no trace of the marker in the database or its WAL', () => {
    const file = join(tempDir(), 'sessions.sqlite');
    const clock = fixedClock('2026-06-01T09:00:00Z');
    const store = SessionStore.open(file);
    store.writeSettings(STATION_SETTINGS);
    store.createVisit({ reference: MARKER_REFERENCE, createdAt: clock.now().toISOString(), depositDate: clock.today(), mode: 'station' });
    const id = store.addApplicant(MARKER_REFERENCE, { titles: ['cni'], birthDate: MARKER_DATE })!;
    store.setPieceStatus(MARKER_REFERENCE, id, 'photo', 'missing');
    clock.advance(13 * DAY);
    store.createVisit({ reference: 'KPT-222', createdAt: clock.now().toISOString(), depositDate: clock.today(), mode: 'station' });
    expect(traces(file, MARKER_REFERENCE).length + traces(file, MARKER_DATE).length).toBeGreaterThan(0);

    expect(purgeExpired(store, clock)).toBe(0); // 13 days: kept, the person may come back
    clock.advance(1 * DAY + 1000);
    expect(purgeExpired(store, clock)).toBe(1);
    expect(store.getVisit(MARKER_REFERENCE)).toBeNull();
    expect(store.getVisit('KPT-222')).not.toBeNull();
    expect(traces(file, MARKER_REFERENCE)).toEqual([]);
    expect(traces(file, MARKER_DATE)).toEqual([]);
    store.close();
    expect(traces(file, MARKER_REFERENCE)).toEqual([]);
  });

  it('follows a shorter retention set by the mairie', () => {
    const clock = fixedClock('2026-06-01T09:00:00Z');
    const store = SessionStore.open(join(tempDir(), 's.sqlite'));
    store.writeSettings({ ...STATION_SETTINGS, retentionDays: 2 });
    store.createVisit({ reference: 'AAA-222', createdAt: clock.now().toISOString(), depositDate: clock.today(), mode: 'station' });
    clock.advance(2 * DAY - 1000);
    expect(purgeExpired(store, clock)).toBe(0);
    clock.advance(2000);
    expect(purgeExpired(store, clock)).toBe(1);
    store.close();
  });

  it('never keeps kiosk sessions past start-up, and spares one in progress during the day', () => {
    const clock = fixedClock('2026-06-01T09:00:00Z');
    const store = SessionStore.open(join(tempDir(), 's.sqlite'));
    store.writeSettings(STATION_SETTINGS);
    store.createVisit({ reference: 'KSK-222', createdAt: clock.now().toISOString(), depositDate: clock.today(), mode: 'kiosk' });
    clock.advance(5 * 60 * 1000);
    expect(purgeExpired(store, clock)).toBe(0);
    const stop = scheduleRetention(store, clock); // start-up purge
    stop();
    expect(store.getVisit('KSK-222')).toBeNull();
    store.close();
  });
});
