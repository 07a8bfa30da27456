import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { standInLp } from '../support/stand-in-lp.js';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { ChromiumPdfRenderer } from '../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter, listCupsPrinters } from '../../electron/services/receipt/cups-printer.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import type { Visit } from '../../electron/common/contract.js';
import { useTempDir } from '../support/temp-dir.js';
import { STATION_SETTINGS, PASSPORT_RENEWAL } from '../support/fixtures.js';
import { apiPdfText } from '../support/api-pdf.js';
import { NO_CHROMIUM } from '../support/needs.js';

const tempDir = useTempDir();
const pdf = new ChromiumPdfRenderer();
afterAll(() => pdf.close());

function service(settings = STATION_SETTINGS) {
  const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
  store.writeSettings(settings);
  return {
    store,
    handlers: createApiHandlers({
      store,
      clock: fixedClock('2026-06-15T08:30:00Z'),
      pdf,
      printer: new CupsPrinter(pdf, '/nonexistent/lp'),
    }),
  };
}

async function call<T>(handlers: ReturnType<typeof createApiHandlers>, method: string, request: unknown): Promise<T> {
  const envelope = await dispatch(handlers, method, request);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

const CHILD_FIRST_PASSPORT = {
  titles: ['passport'],
  birthDate: '2014-01-10',
  residence: 'own',
  usageName: 'none',
  preApplication: false,
  parentalAuthority: 'joint',
  currentPassport: { status: 'none' },
  currentCni: { status: 'none' },
  birthRecordDematerialized: true,
  nationalityProvenByBirthRecord: true,
};

describe.skipIf(NO_CHROMIUM)('receipt rendered to PDF by Chromium', () => {
  it('lists exactly the missing pieces, the fee, the signature rule, the CERT and the reference on an 80 mm roll', async () => {
    const { handlers, store } = service();
    const visit = await call<Visit>(handlers, 'startVisit', {});
    const { applicantId: childId } = await call<{ applicantId: number }>(handlers, 'addApplicant', {
      reference: visit.reference,
      answers: CHILD_FIRST_PASSPORT,
    });
    for (const pieceId of ['photo', 'parent-id', 'tax-stamp'])
      await call(handlers, 'setPieceStatus', { reference: visit.reference, applicantId: childId, pieceId, status: 'presented' });
    await call(handlers, 'setPieceStatus', {
      reference: visit.reference,
      applicantId: childId,
      pieceId: 'proof-of-address',
      status: 'missing',
    });

    const { text, widthPt } = await apiPdfText(handlers, 'receiptPdf', { reference: visit.reference });
    expect(widthPt).toBeCloseTo((80 / 25.4) * 72, 0);
    expect(text).toContain('Pièces manquantes');
    expect(text).toContain(visit.reference);
    // The header dates the deposit the pieces were judged for; it never says « vérifié » of a dossier with pieces missing.
    expect(text).toContain('Pour un dépôt le 15/06/2026');
    expect(text).not.toMatch(/vérifié le/i);
    expect(text).toContain('Justificatif de domicile de moins d’un an');
    expect(text).not.toContain('Photo d’identité récente');
    expect(text).not.toContain('Pièce d’identité du parent');
    expect(text).toContain('17 €');
    expect(text).toContain('Signature : le parent (ou le tuteur) signe');
    expect(text).toContain('Au retrait : l’enfant et le parent');
    expect(text).toContain('Cert de Saint-Étienne');
    expect(text).toContain('dans les 3 mois');
    expect(text).toContain('ants.gouv.fr');
    store.close();
  });

  it('prints a "dossier complet" summary when nothing is missing, on A4 when asked', async () => {
    const { handlers, store } = service();
    const visit = await call<Visit>(handlers, 'startVisit', {});
    const { applicantId: id } = await call<{ applicantId: number }>(handlers, 'addApplicant', {
      reference: visit.reference,
      answers: PASSPORT_RENEWAL,
    });
    for (const pieceId of ['photo', 'proof-of-address', 'pre-application-number', 'tax-stamp', 'current-passport']) {
      await call(handlers, 'setPieceStatus', { reference: visit.reference, applicantId: id, pieceId, status: 'presented' });
    }
    const { text, widthPt } = await apiPdfText(handlers, 'receiptPdf', { reference: visit.reference, paper: 'a4' });
    expect(widthPt).toBeCloseTo(595.9, 0); // A4: 210 mm
    expect(text).toContain('Dossier complet');
    expect(text).not.toContain('Pièces manquantes');
    expect(text).not.toContain('À apporter');
    expect(text).toContain('86 €');
    store.close();
  });

  it('says clearly when printing is not possible, and leaves no file behind', async () => {
    const { handlers, store } = service({ ...STATION_SETTINGS, printer: 'Guichet-1' });
    const visit = await call<Visit>(handlers, 'startVisit', {});
    const result = await call<{ printed: boolean; message: string }>(handlers, 'printReceipt', { reference: visit.reference });
    expect(result).toEqual({ printed: false, message: expect.stringContaining('L’impression sur Guichet-1 a échoué') });
    store.close();
  });
});

describe.skipIf(NO_CHROMIUM)('printing through CUPS', () => {
  it('sends the receipt as a PDF to lp on the configured printer, on the configured paper, and leaves no file behind', async () => {
    const { lp, calls } = standInLp(tempDir());
    const printer = new CupsPrinter(pdf, lp);
    const result = await printer.print('<!doctype html><html><body><p>Reçu</p></body></html>', '80mm', 'Guichet-1');
    expect(result).toEqual({ printed: true, message: 'Reçu envoyé à l’imprimante Guichet-1.' });
    const [dash, name, o, media, file, ...rest] = readFileSync(calls, 'utf8').split('\n');
    expect([dash, name, o]).toEqual(['-d', 'Guichet-1', '-o']);
    // An 80 mm roll is cut at the receipt's own length, not at an A4's.
    expect(media).toMatch(/^media=Custom\.80x\d+mm$/);
    expect(Number(/x(\d+)mm/.exec(media!)![1])).toBeLessThan(60);
    expect(rest.join('')).toBe('%PDF-');
    expect(existsSync(file!)).toBe(false);
  });
});

describe('the printers of the system', () => {
  it('lists CUPS destinations by name, from `lpstat -e`, or `lpstat -a` on older CUPS, and none without CUPS', async () => {
    const dir = tempDir();
    const lpstat = join(dir, 'lpstat');
    writeFileSync(lpstat, '#!/bin/sh\nif [ "$1" = "-e" ]; then printf "Guichet-2\\nGuichet-1\\n"; else exit 1; fi\n', { mode: 0o755 });
    expect(await listCupsPrinters(lpstat)).toEqual(['Guichet-1', 'Guichet-2']);
    writeFileSync(lpstat, '#!/bin/sh\nif [ "$1" = "-e" ]; then exit 1; fi\necho "Thermique accepting requests since Mon 01 Dec 2026"\n', {
      mode: 0o755,
    });
    expect(await listCupsPrinters(lpstat)).toEqual(['Thermique']);
    expect(await listCupsPrinters(join(dir, 'absent'))).toEqual([]);
  });
});

describe.skipIf(NO_CHROMIUM)('the test page', () => {
  it('prints on the printer being chosen, before the settings are saved', async () => {
    const { lp, calls } = standInLp(tempDir());
    const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
    const handlers = createApiHandlers({ store, clock: fixedClock('2026-06-15T08:30:00Z'), pdf, printer: new CupsPrinter(pdf, lp) });
    const result = await call<{ printed: boolean; message: string }>(handlers, 'printTestPage', { printer: 'Guichet-3', paper: '80mm' });
    expect(result.printed).toBe(true);
    expect(readFileSync(calls, 'utf8').split('\n').slice(0, 2)).toEqual(['-d', 'Guichet-3']);
    store.close();
  });
});
