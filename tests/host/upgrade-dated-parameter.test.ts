// A visit begun before a decree's date and reopened after it keeps the rules
// of its deposit date: the fee and the figures its receipt states are those
// in force on the day the dossier was deposited, while a visit begun after
// the date gets the new ones. The decree is a fake, added to the real
// parameters for this file only (a future value, as the next real one will be).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope, Visit } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { ChromiumPdfRenderer } from '../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../electron/services/receipt/cups-printer.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import type { DatedValue } from '../../rules/parameters/parameter.js';
import { passportAdultFee } from '../../rules/parameters/fees.js';
import { retrievalMonths } from '../../rules/parameters/policies.js';
import { PASSPORT_RENEWAL, STATION_SETTINGS } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

const DECREE_DATE = '2026-12-08';
const decree = <T>(value: T): DatedValue<T> => ({ from: DECREE_DATE, value, sources: [], note: 'Décret fictif (test).' });
const FAKE_DECREE = [
  [passportAdultFee.values, decree({ general: 99, drom: 99, guyane: 49.5, mayotte: 99 })],
  [retrievalMonths.values, decree(2)],
] as const;

// The parameters are read-only by type (no code may change a decree); this file alone appends one, and takes it back.
beforeAll(() => {
  for (const [values, value] of FAKE_DECREE) (values as DatedValue<unknown>[]).push(value);
});
afterAll(() => {
  for (const [values, value] of FAKE_DECREE) (values as DatedValue<unknown>[]).splice(values.indexOf(value as never), 1);
});

const tempDir = useTempDir();
const pdf = new ChromiumPdfRenderer();
afterAll(() => pdf.close());

/** The fee and the retrieval sentence a receipt states, as the agent reads them. */
const stated = (html: string) => ({
  fee: /(\d+(?:,\d+)?)[\s\u00a0\u202f]*€/.exec(html.replace(/<[^>]+>/g, ''))?.[1],
  months: /dans les (\d) mois/.exec(html)?.[1],
});

describe('a visit reopened after a decree keeps the rules of its deposit date', () => {
  it('states the fee and the figures in force on its deposit date; a new visit states the decree’s', async () => {
    const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
    store.writeSettings(STATION_SETTINGS);
    // The eve of the decree, 10:00 in Paris.
    const clock = fixedClock('2026-12-07T09:00:00Z');
    const handlers = createApiHandlers({ store, clock, pdf, printer: new CupsPrinter(pdf, '/nonexistent/lp') });
    const call = async <T>(method: string, request: unknown): Promise<T> => {
      const envelope = (await dispatch(handlers, method, request)) as Envelope<T>;
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return envelope.value;
    };

    const before = await call<Visit>('startVisit', {});
    const { applicantId } = await call<{ applicantId: number }>('addApplicant', { reference: before.reference, answers: PASSPORT_RENEWAL });
    const onDeposit = stated(await call<string>('receiptHtml', { reference: before.reference }));
    expect(onDeposit).toEqual({ fee: '86', months: '3' });

    // Two days later, the decree in force: the person comes back with the missing piece.
    clock.advance(2 * 24 * 60 * 60 * 1000);
    expect(await call<string>('getToday', {})).toBe('2026-12-09');
    const fresh = await call<Visit>('startVisit', {});
    await call('addApplicant', { reference: fresh.reference, answers: PASSPORT_RENEWAL });
    // The decree is in force for a dossier deposited today (else this test could not fail).
    expect(stated(await call<string>('receiptHtml', { reference: fresh.reference }))).toEqual({ fee: '99', months: '2' });

    const reopened = await call<Visit>('getVisit', { reference: before.reference });
    expect(reopened.depositDate).toBe('2026-12-07');
    // An answer changed and a piece ticked after the decree: still judged on the deposit date.
    await call('saveAnswers', { reference: before.reference, applicantId, answers: { ...PASSPORT_RENEWAL, addressVerifiedOnline: true } });
    await call('setPieceStatus', { reference: before.reference, applicantId, pieceId: 'photo', status: 'presented' });
    expect(stated(await call<string>('receiptHtml', { reference: before.reference }))).toEqual(onDeposit);
    store.close();
  });
});
