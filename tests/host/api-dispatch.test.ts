import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import type { PdfRenderer, Printer } from '../../electron/services/receipt/pdf.node.js';
import type { Visit } from '../../electron/common/contract.js';
import { useTempDir } from '../support/temp-dir.js';
import { STATION_SETTINGS } from '../support/fixtures.js';

const tempDir = useTempDir();
// These tests never render: a renderer that would be called is a bug.
const unusedPdf: PdfRenderer = { render: () => Promise.reject(new Error('not expected')), close: async () => {} };
const unusedPrinter: Printer = { print: () => Promise.reject(new Error('not expected')) };

function setup(configured = true) {
  const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
  if (configured) store.writeSettings(STATION_SETTINGS);
  return {
    store,
    handlers: createApiHandlers({ store, clock: fixedClock('2026-06-15T08:30:00Z'), pdf: unusedPdf, printer: unusedPrinter }),
  };
}

describe('API dispatch: every request validated on the host', () => {
  it.each([
    ['an unexpected key', 'getVisit', { reference: 'AAA-222', extra: 1 }, 'extra'],
    ['a malformed reference', 'getVisit', { reference: 'aaa-222' }, 'reference'],
    ['a malformed date', 'listVisitStates', { depositDate: '2026-02-30' }, 'depositDate'],
    [
      'an unknown piece',
      'setPieceStatus',
      { reference: 'AAA-222', applicantId: 1, pieceId: 'passport-photo', status: 'missing' },
      'pieceId',
    ],
    ['a name among the answers', 'addApplicant', { reference: 'AAA-222', answers: { lastName: 'Dupont' } }, 'answers.lastName'],
    ['an impossible birth date', 'addApplicant', { reference: 'AAA-222', answers: { birthDate: '2010-02-29' } }, 'answers.birthDate'],
    [
      'a territory among the answers (a station setting)',
      'addApplicant',
      { reference: 'AAA-222', answers: { territory: 'guyane' } },
      'answers.territory',
    ],
  ])('refuses %s with a French message naming the field', async (_, method, request, field) => {
    const { handlers, store } = setup();
    const envelope = await dispatch(handlers, method, request);
    expect(envelope).toEqual({ ok: false, error: { code: 'invalid-request', field, message: expect.stringMatching(/^Demande refusée/) } });
    store.close();
  });

  it('refuses a birth date after the deposit date and saves nothing', async () => {
    const { handlers, store } = setup();
    const started = await dispatch(handlers, 'startVisit', {});
    const visit = (started as { value: Visit }).value;
    const envelope = await dispatch(handlers, 'addApplicant', { reference: visit.reference, answers: { birthDate: '2026-06-16' } });
    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        field: 'birthDate',
        message: 'Réponse refusée (birthDate) : la date de naissance est dans le futur.',
      },
    });
    expect(store.getVisit(visit.reference)!.applicants).toEqual([]);
    store.close();
  });

  it('answers an unknown method, an unknown visit and an unconfigured station with their codes', async () => {
    const { handlers, store } = setup(false);
    expect(await dispatch(handlers, 'dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(handlers, 'toString', {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await dispatch(handlers, 'startVisit', {})).toMatchObject({ ok: false, error: { code: 'not-configured' } });
    expect(await dispatch(handlers, 'removeApplicant', { reference: 'AAA-222', applicantId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    store.close();
  });

  it('erases kiosk sessions on request, never a station visit, which waits for retention', async () => {
    const { handlers, store } = setup();
    const station = ((await dispatch(handlers, 'startVisit', {})) as { value: Visit }).value;
    expect(await dispatch(handlers, 'endVisit', { reference: station.reference })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await dispatch(handlers, 'printTicket', { reference: station.reference, locale: 'fr', who: [] })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(store.getVisit(station.reference)).not.toBeNull();

    store.writeSettings({ ...STATION_SETTINGS, mode: 'kiosk' });
    const kiosk = ((await dispatch(handlers, 'startVisit', {})) as { value: Visit }).value;
    expect(await dispatch(handlers, 'endVisit', { reference: kiosk.reference })).toEqual({ ok: true, value: null });
    expect(store.getVisit(kiosk.reference)).toBeNull();
    expect(await dispatch(handlers, 'endVisit', { reference: kiosk.reference })).toEqual({ ok: true, value: null });
    store.close();
  });

  it('opens a kiosk as a station when the launch forces it, so its settings can be changed', async () => {
    const store = SessionStore.open(join(tempDir(), 'k.sqlite'));
    store.writeSettings({ ...STATION_SETTINGS, mode: 'kiosk' });
    const forced = createApiHandlers({
      store,
      clock: fixedClock('2026-06-15T08:30:00Z'),
      pdf: unusedPdf,
      printer: unusedPrinter,
      forceStation: true,
    });
    expect(await dispatch(forced, 'getSettings', {})).toMatchObject({ ok: true, value: { mode: 'station' } });
    expect(await dispatch(forced, 'startVisit', {})).toMatchObject({ ok: true, value: { mode: 'station' } });
    expect(store.readSettings()!.mode).toBe('kiosk');
    store.close();
  });

  it('starts a visit with a short reference on the deposit date in Paris', async () => {
    const { handlers, store } = setup();
    const envelope = await dispatch(handlers, 'startVisit', {});
    expect(envelope).toMatchObject({ ok: true, value: { depositDate: '2026-06-15', mode: 'station', applicants: [] } });
    expect((envelope as { value: Visit }).value.reference).toMatch(/^[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}$/);
    store.close();
  });
});
