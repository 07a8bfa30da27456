import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { MIGRATIONS } from '../../electron/services/store/migrations/index.node.js';
import { useTempDir } from '../support/temp-dir.js';
import { STATION_SETTINGS } from '../support/fixtures.js';

const tempDir = useTempDir();
const VISIT = { reference: 'K7Q-4MZ', createdAt: '2026-06-15T08:00:00.000Z', depositDate: '2026-06-15', mode: 'station' as const };

describe('session store on a real SQLite file', () => {
  it('keeps WAL and synchronous=FULL after reopening an existing file', () => {
    const file = join(tempDir(), 'sessions.sqlite');
    SessionStore.open(file).close();
    const reopened = SessionStore.open(file);
    expect(reopened.pragma('journal_mode')).toBe('wal');
    expect(reopened.pragma('synchronous')).toBe(2); // FULL; NORMAL would be 1
    expect(reopened.pragma('secure_delete')).toBe(1);
    expect(reopened.pragma('foreign_keys')).toBe(1);
    expect(reopened.pragma('user_version')).toBe(MIGRATIONS.length);
    reopened.close();
  });

  it('stores a visit, its applicants, their answers and piece checks, and reads them back after reopening', () => {
    const file = join(tempDir(), 'sessions.sqlite');
    const store = SessionStore.open(file);
    store.createVisit(VISIT);
    const parent = store.addApplicant(VISIT.reference, { titles: ['cni'], birthDate: '1985-02-01' })!;
    const child = store.addApplicant(VISIT.reference, { titles: ['passport'], birthDate: '2014-03-01' })!;
    expect(store.setPieceStatus(VISIT.reference, parent, 'photo', 'presented')).toBe(true);
    expect(store.setPieceStatus(VISIT.reference, child, 'photo', 'missing')).toBe(true);
    expect(store.setPieceStatus(VISIT.reference, child, 'photo', 'presented')).toBe(true);
    expect(store.setPieceStatus(VISIT.reference, child, 'parent-id', 'missing')).toBe(true);
    expect(store.setPieceStatus(VISIT.reference, child, 'parent-id', null)).toBe(true);
    expect(store.saveAnswers(VISIT.reference, child, { titles: ['passport'], birthDate: '2014-03-02' })).toBe(true);
    store.close();

    const again = SessionStore.open(file);
    expect(again.getVisit(VISIT.reference)).toEqual({
      ...VISIT,
      applicants: [
        { id: parent, answers: { titles: ['cni'], birthDate: '1985-02-01' }, checks: { photo: 'presented' } },
        { id: child, answers: { titles: ['passport'], birthDate: '2014-03-02' }, checks: { photo: 'presented' } },
      ],
    });
    expect(again.visitsOn('2026-06-15').map(({ reference, createdAt, applicants }) => ({ reference, createdAt, applicants }))).toEqual([
      { reference: VISIT.reference, createdAt: VISIT.createdAt, applicants: 2 },
    ]);
    expect(again.visitsOn('2026-06-16')).toEqual([]);
    again.close();
  });

  it('refuses to touch an applicant through another visit reference', () => {
    const store = SessionStore.open(join(tempDir(), 's.sqlite'));
    store.createVisit(VISIT);
    store.createVisit({ ...VISIT, reference: 'AAA-222' });
    const id = store.addApplicant(VISIT.reference, {})!;
    expect(store.setPieceStatus('AAA-222', id, 'photo', 'presented')).toBe(false);
    expect(store.saveAnswers('AAA-222', id, { birthDate: '2000-01-01' })).toBe(false);
    expect(store.removeApplicant('AAA-222', id)).toBe(false);
    expect(store.addApplicant('ZZZ-999', {})).toBeNull();
    expect(store.getVisit(VISIT.reference)!.applicants).toHaveLength(1);
    store.close();
  });

  it('keeps the settings apart from sessions', () => {
    const store = SessionStore.open(join(tempDir(), 's.sqlite'));
    expect(store.readSettings()).toBeNull();
    store.writeSettings(STATION_SETTINGS);
    store.writeSettings({ ...STATION_SETTINGS, retentionDays: 3 });
    expect(store.readSettings()).toEqual({ ...STATION_SETTINGS, retentionDays: 3 });
    store.close();
  });
});
