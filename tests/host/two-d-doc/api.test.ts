// The 2D-Doc through the host's API on real services (a SQLite file, the
// trust bundle's file, a PDF receipt): a station reads a bill's code, ticks
// its piece in one call, the visit keeps only « vérifié par 2D-Doc » and
// the emission date, and the receipt says so. Then the privacy canary:
// neither the database, its WAL, the data folder, the receipt nor any temp
// file holds the name or address lines the code carried.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../rules/index.js';
import type { Visit } from '../../../electron/common/contract.js';
import { dispatch } from '../../../electron/services/api-handlers.node.js';
import { openServices } from '../../../electron/services/app.node.js';
import { fixedClock } from '../../../electron/services/clock.node.js';
import { ChromiumPdfRenderer } from '../../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../../electron/services/receipt/cups-printer.node.js';
import { KIOSK_SETTINGS, PASSPORT_RENEWAL, STATION_SETTINGS } from '../../support/fixtures.js';
import { NO_CHROMIUM } from '../../support/needs.js';
import { pdfText } from '../../support/pdf-text.js';
import { useTempDir } from '../../support/temp-dir.js';
import { CANARY_NAME, CANARY_STREET, CANARY_TOWN, bundleText, makeAuthority, makeIssuer, signedCode } from '../../support/two-d-doc-pki.js';

const tempDir = useTempDir();
const today = new Date().toISOString().slice(0, 10);
const emittedOn = addDays(today, -45);

function filesContaining(dir: string, needle: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && statSync(path).size < 64 * 1024 * 1024 && readFileSync(path).includes(Buffer.from(needle))) found.push(path);
  }
  return found;
}

async function call<T>(handlers: Parameters<typeof dispatch>[0], method: string, request: unknown): Promise<T> {
  const answer = await dispatch(handlers, method, request);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as T;
}

describe('2D-Doc at the counter, through the API', () => {
  it.skipIf(NO_CHROMIUM)(
    'reads, ticks in one call, keeps only the date, prints it, and leaves no name or address anywhere',
    async () => {
      const root = tempDir();
      const tmp = join(root, 'tmp');
      mkdirSync(tmp);
      const previous = process.env['TMPDIR'];
      process.env['TMPDIR'] = tmp;
      const pdf = new ChromiumPdfRenderer();
      const services = openServices({
        dataDir: join(root, 'data'),
        clock: fixedClock(`${today}T09:00:00Z`),
        pdf,
        printer: new CupsPrinter(pdf, '/nonexistent/lp'),
      });
      try {
        const { handlers, store } = services;
        store.writeSettings(STATION_SETTINGS);
        const ca = makeAuthority('FR98', 'P-384');
        const issuer = makeIssuer(ca, 'A001');
        const code = signedCode({ authority: ca, issuer, emittedOn, signedOn: today });

        // Without a bundle: readable, never valid, and the piece cannot be ticked from it.
        const visit = await call<Visit>(handlers, 'startVisit', {});
        const { applicantId } = await call<{ applicantId: number }>(handlers, 'addApplicant', {
          reference: visit.reference,
          answers: PASSPORT_RENEWAL,
        });
        const request = { reference: visit.reference, applicantId, pieceId: 'proof-of-address', code };
        expect(await call(handlers, 'readTwoDDoc', request)).toMatchObject({ signature: { verdict: 'unverifiable' }, tickable: false });
        expect(await dispatch(handlers, 'tickTwoDDoc', request)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
        expect(await call(handlers, 'getTrustBundle', {})).toBeNull();

        const status = await call(handlers, 'importTrustBundle', { text: bundleText(today, [ca], [[ca, issuer]]) });
        expect(status).toMatchObject({ issuedOn: today, importedOn: today, authorities: 1, issuers: 1, ageDays: 0, stale: false });
        expect(await call(handlers, 'readTwoDDoc', request)).toMatchObject({
          signature: { verdict: 'valid' },
          age: { verdict: 'accepted' },
          lines: expect.arrayContaining([expect.objectContaining({ value: CANARY_NAME })]),
          tickable: true,
        });
        // A piece the applicant's list does not hold is refused.
        expect(await dispatch(handlers, 'readTwoDDoc', { ...request, pieceId: 'host-proof-of-address' })).toMatchObject({
          ok: false,
          error: { field: 'pieceId' },
        });

        const ticked = await call<Visit>(handlers, 'tickTwoDDoc', request);
        expect(ticked.applicants[0]!.checks['proof-of-address']).toBe('presented');
        expect(ticked.applicants[0]!.proofs).toEqual({ 'proof-of-address': { by: '2d-doc', emittedOn } });

        const frenchEmitted = emittedOn.split('-').reverse().join('/');
        const html = await call<string>(handlers, 'receiptHtml', { reference: visit.reference });
        expect(html).toContain(`vérifié par 2D-Doc, émis le ${frenchEmitted}`);
        const receipt = await call<{ base64: string }>(handlers, 'receiptPdf', { reference: visit.reference });
        const printed = pdfText(Buffer.from(receipt.base64, 'base64')).text;
        expect(printed.replace(/\s+/g, ' ')).toContain(`vérifié par 2D-Doc, émis le ${frenchEmitted}`);
        for (const canary of [CANARY_NAME, CANARY_STREET, CANARY_TOWN, 'CANARI']) {
          expect(html).not.toContain(canary);
          expect(printed).not.toContain(canary);
        }

        // Ticked by hand again: the 2D-Doc's proof no longer describes the piece.
        await call(handlers, 'setPieceStatus', { reference: visit.reference, applicantId, pieceId: 'proof-of-address', status: 'missing' });
        expect((await call<Visit>(handlers, 'getVisit', { reference: visit.reference })).applicants[0]!.proofs).toBeUndefined();
        await call(handlers, 'tickTwoDDoc', request);
      } finally {
        await services.close();
        if (previous === undefined) delete process.env['TMPDIR'];
        else process.env['TMPDIR'] = previous;
      }
      // Closed: the database, its WAL (if any is left), the bundle file and every temp file, searched byte by byte.
      for (const canary of [CANARY_NAME, CANARY_STREET, CANARY_TOWN, 'CANARI']) {
        expect(filesContaining(root, canary)).toEqual([]);
      }
      expect(filesContaining(join(root, 'data'), emittedOn)).not.toEqual([]);
    },
    60_000,
  );

  it('refuses the 2D-Doc methods on a kiosk', async () => {
    const services = openServices({
      dataDir: join(tempDir(), 'kiosk'),
      clock: fixedClock(`${today}T09:00:00Z`),
      pdf: { render: async () => ({ pdf: Buffer.alloc(0), heightMm: 100 }), close: async () => undefined },
      printer: { print: async () => ({ printed: false, message: '' }) },
    });
    try {
      services.store.writeSettings(KIOSK_SETTINGS);
      for (const method of ['getTrustBundle', 'importTrustBundle', 'readTwoDDoc', 'tickTwoDDoc']) {
        expect(await dispatch(services.handlers, method, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    } finally {
      await services.close();
    }
  });
});
