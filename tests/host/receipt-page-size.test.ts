// The page a receipt is cut at: the renderer says the height it measured,
// the PDF's page is that height, and CUPS is told that height, with nothing
// read back out of the PDF's bytes.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAPER_IDS, PAPERS } from '../../electron/common/papers.js';
import { settingsSchema } from '../../electron/common/contract.js';
import { ChromiumPdfRenderer } from '../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../electron/services/receipt/cups-printer.node.js';
import type { PdfRenderer } from '../../electron/services/receipt/pdf.node.js';
import { MM_PER_INCH } from '../../electron/services/receipt/pdf.node.js';
import { standInLp } from '../support/stand-in-lp.js';
import { useTempDir } from '../support/temp-dir.js';
import { NO_CHROMIUM } from '../support/needs.js';

const tempDir = useTempDir();
const RECEIPT = '<!doctype html><html><body style="margin:0"><div style="height:120mm">Reçu</div></body></html>';

/** The first page's size in millimetres, as poppler reads the PDF. */
function pageSizeMm(pdf: Buffer): { width: number; height: number } {
  const file = join(tempDir(), 'page.pdf');
  writeFileSync(file, pdf);
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!;
  return { width: (Number(width) / 72) * MM_PER_INCH, height: (Number(height) / 72) * MM_PER_INCH };
}

describe('the paper table', () => {
  it('is what the settings accept, in the order they offer it', () => {
    expect(settingsSchema.shape.paper.options).toEqual([...PAPER_IDS]);
  });
});

describe.skipIf(NO_CHROMIUM)('the page Chromium cuts', () => {
  const renderer = new ChromiumPdfRenderer();
  afterAll(() => renderer.close());

  it('is as long as the roll receipt it measured, and says so', async () => {
    const { pdf, heightMm } = await renderer.render(RECEIPT, '80mm');
    const page = pageSizeMm(pdf);
    expect(page.width).toBeCloseTo(PAPERS['80mm'].widthMm, 0);
    expect(heightMm).toBeGreaterThanOrEqual(120);
    expect(heightMm).toBeLessThan(130);
    expect(page.height).toBeCloseTo(heightMm, 0);
  }, 120_000);

  it('is a whole A4 sheet for an A4 receipt, whatever its content', async () => {
    const { pdf, heightMm } = await renderer.render(RECEIPT, 'a4');
    expect(heightMm).toBe(297);
    expect(pageSizeMm(pdf).height).toBeCloseTo(297, 0);
  }, 120_000);
});

describe('the media CUPS is told', () => {
  /** A PDF with no page box at all: only the height the renderer said can name the media. */
  const said = (heightMm: number): PdfRenderer => ({
    render: async () => ({ pdf: Buffer.from('%PDF-1.7\n%%EOF\n'), heightMm }),
    close: async () => {},
  });
  const mediaOf = async (renderer: PdfRenderer, paper: 'a4' | '80mm') => {
    const { lp, calls } = standInLp(tempDir());
    await new CupsPrinter(renderer, lp).print('<p>Reçu</p>', paper, 'Guichet-1');
    return readFileSync(calls, 'utf8').split('\n')[3];
  };

  it('is a roll cut at the height the renderer measured', async () => {
    expect(await mediaOf(said(42), '80mm')).toBe('media=Custom.80x42mm');
  });

  it('is the sheet by its CUPS name', async () => {
    expect(await mediaOf(said(297), 'a4')).toBe('media=A4');
  });
});
