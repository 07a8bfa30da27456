// The receipt as paper: read back with pdftotext and rendered with pdftoppm.
// An unfinished check says so; the CERT is reachable (its QR code decodes to
// the annuaire page); an 80 mm strip is as long as its content; no ink
// touches the strip's edges (nothing clipped).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { ChromiumPdfRenderer } from '../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../electron/services/receipt/cups-printer.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import type { Answers, Visit } from '../../electron/common/contract.js';
import { pdfText } from '../support/pdf-text.js';
import { useTempDir } from '../support/temp-dir.js';
import { STATION_SETTINGS, PASSPORT_RENEWAL } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { PROJECT_ROOT } from '../support/paths.js';

const tempDir = useTempDir();
const pdf = new ChromiumPdfRenderer();
afterAll(() => pdf.close());

async function receipt(answers: Answers[], checks: Record<string, 'presented' | 'missing'> = {}, departement = '78') {
  const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
  store.writeSettings({ ...STATION_SETTINGS, departement });
  const handlers = createApiHandlers({
    store,
    clock: fixedClock('2026-06-15T08:30:00Z'),
    pdf,
    printer: new CupsPrinter(pdf, '/nonexistent/lp'),
  });
  const call = async <T>(method: string, request: unknown) => {
    const envelope = await dispatch(handlers, method, request);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  let visit = await call<Visit>('startVisit', {});
  for (const a of answers) visit = (await call<{ visit: Visit }>('addApplicant', { reference: visit.reference, answers: a })).visit;
  for (const applicant of visit.applicants) {
    for (const [pieceId, status] of Object.entries(checks))
      await call('setPieceStatus', { reference: visit.reference, applicantId: applicant.id, pieceId, status });
  }
  const { base64 } = await call<{ base64: string }>('receiptPdf', { reference: visit.reference });
  store.close();
  return Buffer.from(base64, 'base64');
}

/** The PDF's first page as a PNG at `dpi`, kept in tests/artifacts to be looked at. */
function render(bytes: Buffer, name: string, dpi = 150): PNG {
  const dir = join(PROJECT_ROOT, 'tests', 'artifacts', 'receipts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.pdf`), bytes);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', join(dir, `${name}.pdf`), join(dir, name)]);
  return PNG.sync.read(readFileSync(join(dir, `${name}.png`)));
}

/** Columns, from the left and from the right, where some pixel is dark. */
function inkMargins(png: PNG): { left: number; right: number } {
  let left = png.width;
  let right = png.width;
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 128) {
        left = Math.min(left, x);
        right = Math.min(right, png.width - 1 - x);
      }
    }
  return { left, right };
}

const HOSTED_THEFT: Answers = {
  titles: ['cni'],
  birthDate: '1990-04-02',
  residence: 'hosted',
  usageName: 'none',
  preApplication: false,
  currentCni: { status: 'stolen' },
  currentPassport: { status: 'none' },
  birthRecordDematerialized: true,
  nationalityProvenByBirthRecord: true,
};

describe.skipIf(NO_CHROMIUM)('the receipt on paper', () => {
  it('says an unfinished check is unfinished: no fee, no "rien ne manque", the questions left named', async () => {
    const unfinished: Answers = { ...PASSPORT_RENEWAL };
    delete unfinished.birthDate;
    delete unfinished.residence;
    const { text } = pdfText(await receipt([unfinished]));
    expect(text).toContain('Vérification inachevée');
    expect(text).toContain('à déterminer');
    expect(text).toContain('Date de naissance du demandeur');
    expect(text).not.toMatch(/gratuit/i);
    expect(text).not.toMatch(/rien ne manque/i);
    expect(text).not.toContain('86 €');
  });

  it('prints unchecked pieces "à vérifier", apart from the missing ones, and one line per stamp', async () => {
    const { text } = pdfText(await receipt([PASSPORT_RENEWAL], { photo: 'missing' }));
    expect(text).toContain('Pièces manquantes');
    expect(text).toMatch(/À apporter \(pièce manquante\) Photo d’identité/);
    expect(text).toMatch(/À vérifier \(pièces pas encore contrôlées au guichet\)/);
    expect(text.match(/Timbre fiscal/g)).toHaveLength(1);
    expect(text).toContain('Timbre fiscal du passeport : 86 € (à vérifier)');
    expect(text).not.toMatch(/rien ne manque/i);
  });

  it('names the CERT of the département with its annuaire page, as text and as a QR code that decodes', async () => {
    const bytes = await receipt([PASSPORT_RENEWAL]);
    expect(pdfText(bytes).text.replace(/\/ /g, '/')).toContain('lannuaire.service-public.fr/ile-de-france/yvelines/prefecture-78646-01');
    const png = render(bytes, 'cert-78', 300);
    const codes: string[] = [];
    // Two QR codes (the visit's, the CERT's): decode each half of the page apart.
    const half = Math.floor(png.height / 2);
    for (const [top, height] of [
      [0, half],
      [half, png.height - half],
    ] as const) {
      const slice = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset + top * png.width * 4, height * png.width * 4);
      const found = jsQR(slice, png.width, height);
      if (found) codes.push(found.data);
    }
    expect(codes).toContain('https://lannuaire.service-public.fr/ile-de-france/yvelines/prefecture-78646-01');
  });

  it('cuts an 80 mm strip at its content: a short receipt is shorter than a long one, and no ink touches an edge', async () => {
    const short = await receipt(
      [PASSPORT_RENEWAL],
      Object.fromEntries(
        ['photo', 'proof-of-address', 'pre-application-number', 'tax-stamp', 'current-passport'].map((id) => [id, 'presented']),
      ),
    );
    const long = await receipt([PASSPORT_RENEWAL, HOSTED_THEFT]);
    const height = (bytes: Buffer) => render(bytes, `height-${bytes.length}`, 72).height;
    expect(height(long)).toBeGreaterThan(height(short) * 1.5);
    for (const [name, bytes] of [
      ['short', short],
      ['long', long],
    ] as const) {
      const png = render(bytes, `80mm-${name}`);
      const twoMm = (2 / 25.4) * 150;
      const { left, right } = inkMargins(png);
      expect(left, `${name}: ink at ${left}px from the left edge`).toBeGreaterThan(twoMm);
      expect(right, `${name}: ink at ${right}px from the right edge`).toBeGreaterThan(twoMm);
    }
  });
});
