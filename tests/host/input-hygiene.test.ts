import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';
import { unusedPdf, unusedPrinter } from './browser-host/harness.js';

const tempDir = useTempDir();
const N = '\u00a0';

function setup() {
  const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
  store.writeSettings(STATION_SETTINGS);
  return {
    store,
    handlers: createApiHandlers({ store, clock: fixedClock('2026-06-15T08:30:00Z'), pdf: unusedPdf, printer: unusedPrinter }),
  };
}

describe('input hygiene at the API boundary', () => {
  it.each([
    ['a right-to-left override', 'Mairie \u202Eedcba'],
    ['a left-to-right embedding', 'Mairie \u202Ax'],
    ['a first-strong isolate', 'Mairie \u2068x\u2069'],
    ['a line feed', 'Mairie\nde Thônes'],
    ['an escape (C0)', 'Mairie \u001b[31m'],
    ['a NUL', 'Mairie\u0000'],
    ['a C1 control', 'Mairie \u0085'],
    ['a line separator', 'Mairie\u2028x'],
  ])('refuses %s in a settings text, naming the problem, and keeps the stored settings', async (_, mairieName) => {
    const { store, handlers } = setup();
    for (const field of ['mairieName', 'address', 'printer', 'booking'] as const) {
      const envelope = await dispatch(handlers, 'saveSettings', { settings: { ...STATION_SETTINGS, [field]: mairieName } });
      expect(envelope).toEqual({
        ok: false,
        error: {
          code: 'invalid-request',
          field: `settings.${field}`,
          message: `Demande refusée (settings.${field}) : le texte contient un caractère invisible de contrôle ou d’inversion du sens de lecture.`,
        },
      });
    }
    expect(store.readSettings()).toEqual(STATION_SETTINGS);
    store.close();
  });

  it('accepts accents, apostrophes, Arabic letters and non-breaking spaces', async () => {
    const { store, handlers } = setup();
    const settings = { ...STATION_SETTINGS, mairieName: `Mairie de L’Haÿ-les-Roses${N}— بلدية`, booking: '01 23 45 67 89' };
    expect(await dispatch(handlers, 'saveSettings', { settings })).toEqual({ ok: true, value: settings });
    store.close();
  });

  it.each([
    ['an empty name', { mairieName: '  ' }, 'settings.mairieName', 'ce champ est vide'],
    [
      'a name past 120 characters',
      { mairieName: 'a'.repeat(121) },
      'settings.mairieName',
      `texte trop long${N}: 120${N}caractères au plus`,
    ],
    ['a retention of 0 days', { retentionDays: 0 }, 'settings.retentionDays', 'la valeur doit être au moins 1'],
    ['a retention of 15 days', { retentionDays: 15 }, 'settings.retentionDays', 'la valeur doit être au plus 14'],
    ['an inactivity of 5 s', { inactivitySeconds: 5 }, 'settings.inactivitySeconds', 'la valeur doit être au moins 30'],
  ])('names the real problem for %s (no "choisissez au moins un titre")', async (_, change, field, reason) => {
    const { store, handlers } = setup();
    expect(await dispatch(handlers, 'saveSettings', { settings: { ...STATION_SETTINGS, ...change } })).toEqual({
      ok: false,
      error: { code: 'invalid-request', field, message: `Demande refusée (${field}) : ${reason}.` },
    });
    store.close();
  });

  it('still says "choisissez au moins un titre" where it is the problem', async () => {
    const { store, handlers } = setup();
    expect(await dispatch(handlers, 'addApplicant', { reference: 'AAA-222', answers: { titles: [] } })).toMatchObject({
      ok: false,
      error: { field: 'answers.titles', message: 'Demande refusée (answers.titles) : choisissez au moins un titre.' },
    });
    store.close();
  });

  it.each([
    ['a birth date in year 1', { birthDate: '0001-01-01' }, 'birthDate', /antérieure à 1900/],
    ['a birth date in 1899', { birthDate: '1899-12-31' }, 'birthDate', /antérieure à 1900/],
    ['a CNI expired in 1949', { currentCni: { status: 'held', expiry: '1949-12-31' } }, 'currentCni.expiry', /antérieure à 1950/],
    [
      'a passport expiring in 2057',
      { currentPassport: { status: 'held', expiry: '2057-01-01' } },
      'currentPassport.expiry',
      /plus de 30\u00a0ans/,
    ],
  ])('refuses %s and writes nothing', async (_, answers, field, reason) => {
    const { store, handlers } = setup();
    const visit = ((await dispatch(handlers, 'startVisit', {})) as { value: Visit }).value;
    const envelope = await dispatch(handlers, 'addApplicant', { reference: visit.reference, answers: { titles: ['cni'], ...answers } });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request', field, message: expect.stringMatching(reason) } });
    expect(store.getVisit(visit.reference)!.applicants).toEqual([]);
    store.close();
  });

  it('accepts the bounds themselves', async () => {
    const { store, handlers } = setup();
    const visit = ((await dispatch(handlers, 'startVisit', {})) as { value: Visit }).value;
    const answers = {
      titles: ['cni'],
      birthDate: '1900-01-01',
      currentCni: { status: 'held', expiry: '1950-01-01' },
      currentPassport: { status: 'held', expiry: '2056-06-15' },
    };
    expect(await dispatch(handlers, 'addApplicant', { reference: visit.reference, answers })).toMatchObject({ ok: true });
    store.close();
  });
});
