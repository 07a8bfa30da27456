// From the kiosk's printed ticket to the counter: the PDF is rendered with
// poppler, its QR code read with jsQR, and the code opens a station visit
// whose evaluations equal the kiosk's. Two real SQLite files: the kiosk's
// and the station's are different machines.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers, Settings, Visit } from '../../electron/common/contract.js';
import { visitEvaluations } from '../../electron/common/applicant-evaluation.js';
import { groupTicket } from '../../electron/common/ticket-code.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { ChromiumPdfRenderer } from '../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../electron/services/receipt/cups-printer.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { pdfQrCodes } from '../support/pdf-qr.js';
import { pdfText } from '../support/pdf-text.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const pdf = new ChromiumPdfRenderer();
afterAll(() => pdf.close());

function service(name: string, settings: Settings) {
  const store = SessionStore.open(join(tempDir(), `${name}.sqlite`));
  store.writeSettings(settings);
  const handlers = createApiHandlers({
    store,
    clock: fixedClock('2026-06-15T08:30:00Z'),
    pdf,
    printer: new CupsPrinter(pdf, '/nonexistent/lp'),
  });
  const call = async <T>(method: string, request: unknown): Promise<T> => {
    const envelope = await dispatch(handlers, method, request);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  return { store, handlers, call };
}

const FAMILY: Answers[] = [
  {
    titles: ['passport'],
    birthDate: '1975-02-11',
    currentPassport: { status: 'held', expiry: '2030-03-01' },
    residence: 'own',
    usageName: 'none',
  },
  {
    titles: ['cni', 'passport'],
    birthDate: '2014-01-20',
    currentCni: { status: 'none' },
    currentPassport: { status: 'none' },
    parentalAuthority: 'joint',
    preApplication: false,
    residence: 'hosted',
    usageName: 'none',
    birthRecordDematerialized: 'unknown',
    nationalityProvenByBirthRecord: true,
  },
];

describe.skipIf(NO_CHROMIUM)('kiosk ticket to station visit', () => {
  it('prints a QR code and a grouped code that open the same visit at the station, with a booking QR beside', async () => {
    const kiosk = service('kiosk', { ...STATION_SETTINGS, mode: 'kiosk', booking: 'https://rdv.thones.fr/cni' });
    const station = service('station', STATION_SETTINGS);
    const started = await kiosk.call<Visit>('startVisit', {});
    for (const answers of FAMILY) await kiosk.call('addApplicant', { reference: started.reference, answers });
    const { base64 } = await kiosk.call<{ base64: string }>('ticketPdf', {
      reference: started.reference,
      locale: 'en',
      who: ['me', 'child'],
    });
    const ticket = Buffer.from(base64, 'base64');

    const codes = pdfQrCodes(ticket);
    expect(codes).toHaveLength(2);
    expect(codes).toContain('https://rdv.thones.fr/cni');
    const code = codes.find((c) => c.startsWith('DC'))!;
    const { text } = pdfText(ticket);
    expect(text).toContain(groupTicket(code));
    expect(text).toContain('Prendre rendez-vous : https://rdv.thones.fr/cni');
    expect(text).toContain('Book your appointment: https://rdv.thones.fr/cni');
    expect(text).not.toContain(started.reference);

    const opened = await station.call<Visit>('importTicket', { code });
    expect(opened.mode).toBe('station');
    expect(opened.reference).not.toBe(started.reference);
    expect(opened.applicants.map((a) => a.answers)).toEqual(FAMILY);
    const kioskVisit = kiosk.store.getVisit(started.reference)!;
    expect(visitEvaluations(opened, STATION_SETTINGS.departement).map((e) => e.evaluation)).toEqual(
      visitEvaluations(kioskVisit, STATION_SETTINGS.departement).map((e) => e.evaluation),
    );
    // Typed by hand from the printed groups.
    expect((await station.call<Visit>('importTicket', { code: groupTicket(code).toLowerCase() })).applicants).toHaveLength(2);
    // A real PDF, rasterised and its QR codes decoded: 166 s at load 40 on two cores (issue 20).
  }, 600_000);

  it('prints a phone number without a QR code', async () => {
    const kiosk = service('kiosk', { ...STATION_SETTINGS, mode: 'kiosk', booking: '04 50 02 00 00' });
    const started = await kiosk.call<Visit>('startVisit', {});
    await kiosk.call('addApplicant', { reference: started.reference, answers: FAMILY[0] });
    const { base64 } = await kiosk.call<{ base64: string }>('ticketPdf', { reference: started.reference, locale: 'fr', who: ['me'] });
    const ticket = Buffer.from(base64, 'base64');
    expect(pdfQrCodes(ticket).map((c) => c.slice(0, 2))).toEqual(['DC']);
    expect(pdfText(ticket).text).toContain('Prendre rendez-vous : 04 50 02 00 00');
  });
});

describe('importTicket refusals', () => {
  it('refuses a damaged or foreign code with a French message, and creates no visit', async () => {
    const station = service('station', STATION_SETTINGS);
    for (const [code, message] of [
      ['K7Q-4MZ', /ne vient pas d’un ticket de la borne/],
      ['DC10NTZ', /incomplet ou contient une erreur/],
      ['', /Scannez le code/],
    ] as const) {
      const envelope = await dispatch(station.handlers, 'importTicket', { code });
      expect(envelope).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', field: 'code', message: expect.stringMatching(message) },
      });
    }
    expect(station.store.visitsOn('2026-06-15')).toEqual([]);
  });

  it("refuses a ticket whose answers today's rules reject (a birth date after today), leaving nothing behind", async () => {
    const station = service('station', STATION_SETTINGS);
    const { encodeTicket } = await import('../../electron/common/ticket-code.js');
    const envelope = await dispatch(station.handlers, 'importTicket', {
      code: encodeTicket([{ birthDate: '1990-01-01' }, { birthDate: '2030-01-01' }]),
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', field: 'code.people.1.birthDate', message: expect.stringContaining('personne 2') },
    });
    expect(station.store.visitsOn('2026-06-15')).toEqual([]);
  });

  it('is refused on a kiosk: tickets are read at the counter', async () => {
    const kiosk = service('kiosk', { ...STATION_SETTINGS, mode: 'kiosk' });
    const { encodeTicket } = await import('../../electron/common/ticket-code.js');
    expect(await dispatch(kiosk.handlers, 'importTicket', { code: encodeTicket([{ titles: ['cni'] }]) })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('borne') },
    });
    expect(kiosk.store.visitsOn('2026-06-15')).toEqual([]);
  });
});
