import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METHODS, type Envelope, type Method, type Settings, type Visit } from '../../electron/common/contract.js';
import { METHOD_MODES, refusal } from '../../electron/services/access-policy.node.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import type { PdfRenderer, Printer } from '../../electron/services/receipt/pdf.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
// The access check runs before any rendering; a "PDF" of four bytes and a printer that never prints are enough here.
const pdf: PdfRenderer = { render: async () => ({ pdf: Buffer.from('%PDF'), heightMm: 100 }), close: async () => {} };
const printer: Printer = { print: async () => ({ printed: false, message: 'non imprimé' }) };
const KIOSK: Settings = { ...STATION_SETTINGS, mode: 'kiosk' };

/** Each method, whether a station and a kiosk answer it, and a well-formed request naming `reference`. */
const TABLE: [Method, { station: boolean; kiosk: boolean }, (reference: string) => unknown][] = [
  ['getSettings', { station: true, kiosk: true }, () => ({})],
  ['saveSettings', { station: true, kiosk: false }, () => ({ settings: STATION_SETTINGS })],
  ['getToday', { station: true, kiosk: true }, () => ({})],
  ['startVisit', { station: true, kiosk: true }, () => ({})],
  ['getVisit', { station: true, kiosk: true }, (reference) => ({ reference })],
  ['listVisitStates', { station: true, kiosk: false }, () => ({})],
  ['addApplicant', { station: true, kiosk: true }, (reference) => ({ reference, answers: { titles: ['cni'] } })],
  ['removeApplicant', { station: true, kiosk: true }, (reference) => ({ reference, applicantId: 1 })],
  ['saveAnswers', { station: true, kiosk: true }, (reference) => ({ reference, applicantId: 1, answers: { titles: ['cni'] } })],
  ['setPieceStatus', { station: true, kiosk: false }, (reference) => ({ reference, applicantId: 1, pieceId: 'photo', status: 'missing' })],
  ['receiptHtml', { station: true, kiosk: false }, (reference) => ({ reference })],
  ['receiptPdf', { station: true, kiosk: false }, (reference) => ({ reference })],
  ['printReceipt', { station: true, kiosk: false }, (reference) => ({ reference })],
  ['ticketPdf', { station: false, kiosk: true }, (reference) => ({ reference, locale: 'fr', who: ['me'] })],
  ['printTicket', { station: false, kiosk: true }, (reference) => ({ reference, locale: 'fr', who: ['me'] })],
  ['endVisit', { station: false, kiosk: true }, (reference) => ({ reference })],
  ['listPrinters', { station: true, kiosk: false }, () => ({})],
  ['printTestPage', { station: true, kiosk: false }, () => ({ printer: 'Guichet-1', paper: '80mm' })],
  ['importTicket', { station: true, kiosk: false }, () => ({ code: 'DC1ABCD' })],
  // 2D-Doc (issue 17): the counter's, never a kiosk's.
  ['getTrustBundle', { station: true, kiosk: false }, () => ({})],
  ['importTrustBundle', { station: true, kiosk: false }, () => ({ text: '{}' })],
  [
    'readTwoDDoc',
    { station: true, kiosk: false },
    (reference) => ({ reference, applicantId: 1, pieceId: 'proof-of-address', code: 'DC04' }),
  ],
  [
    'tickTwoDDoc',
    { station: true, kiosk: false },
    (reference) => ({ reference, applicantId: 1, pieceId: 'proof-of-address', code: 'DC04' }),
  ],
  ['getNotices', { station: true, kiosk: false }, () => ({})],
];

function open(settings: Settings, forceStation = false) {
  const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
  store.writeSettings(settings);
  return { store, handlers: createApiHandlers({ store, clock: fixedClock('2026-06-15T08:30:00Z'), pdf, printer, forceStation }) };
}

const started = async (handlers: ReturnType<typeof createApiHandlers>) =>
  ((await dispatch(handlers, 'startVisit', {})) as { value: Visit }).value.reference;
const forbidden = (envelope: Envelope<unknown>) => !envelope.ok && envelope.error.code === 'forbidden';

describe('authorisation by mode, on the host', () => {
  it('has a row for every method of the contract', () => {
    expect(TABLE.map(([method]) => method).sort()).toEqual([...METHODS].sort());
  });

  it.each(TABLE)("%s: answered as the table says, in each mode, on that mode's own visit", async (method, allowed, request) => {
    for (const mode of ['station', 'kiosk'] as const) {
      const { store, handlers } = open(mode === 'kiosk' ? KIOSK : STATION_SETTINGS);
      const reference = await started(handlers);
      await dispatch(handlers, 'addApplicant', { reference, answers: { titles: ['cni'] } });
      const envelope = await dispatch(handlers, method, request(reference));
      expect({ mode, forbidden: forbidden(envelope) }).toEqual({ mode, forbidden: !allowed[mode] });
      if (!allowed[mode])
        expect(envelope).toMatchObject({
          ok: false,
          error: { message: expect.stringMatching(/^Refusé (sur la borne|au guichet)\u00a0: «\u00a0/) },
        });
      store.close();
    }
  });

  it.each(TABLE.filter(([, allowed, request]) => allowed.kiosk && JSON.stringify(request('R')).includes('"R"')))(
    "%s: a kiosk answers a station visit's reference exactly as an unknown one, and touches nothing",
    async (method, _, request) => {
      const { store, handlers } = open(STATION_SETTINGS);
      const reference = await started(handlers);
      // An unknown reference of the same shape: the answers must match but for the reference itself.
      const unknown = reference === 'ZZZ-999' ? 'ZZZ-998' : 'ZZZ-999';
      expect(store.getVisit(unknown)).toBeNull();
      store.writeSettings(KIOSK);
      const asUnknown = JSON.stringify(await dispatch(handlers, method, request(unknown))).replaceAll(unknown, reference);
      const envelope = await dispatch(handlers, method, request(reference));
      expect(JSON.stringify(envelope)).toBe(asUnknown);
      expect(forbidden(envelope)).toBe(false);
      expect(store.getVisit(reference)).toMatchObject({ mode: 'station', applicants: [] });
      store.close();
    },
  );

  it('refuses a station method on a kiosk before reading the request, whatever it holds', async () => {
    const { store, handlers } = open(KIOSK);
    for (const request of [null, 'x', { settings: { mode: 'station' } }, { settings: STATION_SETTINGS, extra: 1 }]) {
      expect(await dispatch(handlers, 'saveSettings', request)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(store.readSettings()).toEqual(KIOSK);
    store.close();
  });

  it('refuses, in every mode, a method absent from the table (default deny)', () => {
    const context = { mode: 'station' as const };
    expect(refusal('getToday', {}, context, {})).toMatchObject({ code: 'forbidden' });
    expect(refusal('getToday', {}, context, { getToday: ['kiosk'] })).toMatchObject({ code: 'forbidden' });
    expect(refusal('getToday', {}, context, METHOD_MODES)).toBeNull();
  });

  it("takes the station form's mode (« Usage du poste », confirmed there); a kiosk page can never save settings", async () => {
    const station = open(STATION_SETTINGS);
    expect(
      await dispatch(station.handlers, 'saveSettings', { settings: { ...STATION_SETTINGS, mode: 'kiosk', mairieName: 'Mairie B' } }),
    ).toEqual({ ok: true, value: { ...STATION_SETTINGS, mode: 'kiosk', mairieName: 'Mairie B' } });
    expect(station.store.readSettings()!.mode).toBe('kiosk');
    // Now a kiosk: its page cannot take the mode back.
    expect(await dispatch(station.handlers, 'saveSettings', { settings: STATION_SETTINGS })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(station.store.readSettings()!.mode).toBe('kiosk');
    station.store.close();

    // A kiosk opened as a station for this launch (DOSSIER_COMPLET_MODE=station) stays a kiosk once its settings are saved.
    const forced = open(KIOSK, true);
    expect(await dispatch(forced.handlers, 'saveSettings', { settings: { ...STATION_SETTINGS, mairieName: 'Mairie C' } })).toEqual({
      ok: true,
      value: { ...STATION_SETTINGS, mairieName: 'Mairie C' },
    });
    expect(forced.store.readSettings()).toEqual({ ...KIOSK, mairieName: 'Mairie C' });
    forced.store.close();
  });

  it('answers a kiosk opened as a station for this launch as a station', async () => {
    const { store, handlers } = open(KIOSK, true);
    expect(await dispatch(handlers, 'listVisitStates', { depositDate: '2026-06-15' })).toEqual({ ok: true, value: [] });
    store.close();
  });
});
