// The printer absent, paused, out of paper, or refusing the job: CUPS's
// state read with lpstat (a stand-in printing real CUPS 2.x lines), said in
// French, and the receipt never reported printed when nothing came out
// (`lp` is not even called for a paused queue, which would take the job
// with exit code 0 and print nothing).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CupsPrinter } from '../../../electron/services/receipt/cups-printer.node.js';
import type { PdfRenderer } from '../../../electron/services/receipt/pdf.node.js';
import { parsePrinterState } from '../../../electron/services/receipt/printer-state.node.js';
import { standInLp } from '../../support/stand-in-lp.js';
import { standInLpstat, type LpstatAnswer } from '../../support/stand-in-lpstat.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const pdf: PdfRenderer = { render: async () => ({ pdf: Buffer.from('%PDF-1.7\n%%EOF\n'), heightMm: 100 }), close: async () => {} };
const SINCE = 'Fri 04 Dec 2026 04:12:31 PM UTC';
const ACCEPTING: LpstatAnswer = { out: `Guichet-1 accepting requests since ${SINCE}\n` };
const IDLE = `printer Guichet-1 is idle.  enabled since ${SINCE}\n\tForm mounted:\n\tContent types: any\n\tPrinter types: unknown\n\tDescription: Guichet-1\n\tLocation:\n\tConnection: direct\n\tInterface: /etc/cups/ppd/Guichet-1.ppd\n\tOn fault: no alert\n\tAfter fault: continue\n\tUsers allowed:\n\t\t(all)\n\tForms allowed:\n\t\t(none)\n\tBanner required\n\tCharset sets:\n\t\t(none)\n\tDefault pitch:\n\tDefault page size:\n\tDefault port settings:\n`;

/** Each state: what lpstat prints, and the start of what the agent reads. */
const CASES: [string, { printer: LpstatAnswer; accepting: LpstatAnswer }, RegExp][] = [
  [
    'absent',
    {
      printer: { err: 'lpstat: Invalid destination name in list "Guichet-1".\n', code: 1 },
      accepting: { err: 'lpstat: Invalid destination name in list "Guichet-1".\n', code: 1 },
    },
    /^L’imprimante Guichet-1 est introuvable sur ce poste/,
  ],
  [
    'paused',
    { printer: { out: `printer Guichet-1 disabled since ${SINCE} -\n\tPaused\n` }, accepting: ACCEPTING },
    /^L’imprimante Guichet-1 est en pause\u00a0: rien n’a été imprimé/,
  ],
  [
    'out of paper',
    {
      printer: { out: `printer Guichet-1 is idle.  enabled since ${SINCE}\n\tMedia empty or jammed.\n\tAlerts: media-empty-error\n` },
      accepting: ACCEPTING,
    },
    /^L’imprimante Guichet-1 n’a plus de papier\u00a0: rien n’a été imprimé/,
  ],
  [
    'out of paper, stopped',
    {
      printer: { out: `printer Guichet-1 disabled since ${SINCE} -\n\tMedia empty\n\tAlerts: media-empty-error paused\n` },
      accepting: ACCEPTING,
    },
    /^L’imprimante Guichet-1 n’a plus de papier/,
  ],
  [
    'rejecting jobs',
    {
      printer: { out: IDLE },
      accepting: { out: `Guichet-1 not accepting requests since ${SINCE} -\n\tRejecting Jobs\n` },
    },
    /^L’imprimante Guichet-1 refuse les impressions/,
  ],
  [
    'no print service',
    {
      printer: { err: 'lpstat: Scheduler is not running.\n', code: 1 },
      accepting: { err: 'lpstat: Scheduler is not running.\n', code: 1 },
    },
    /^Le service d’impression de ce poste ne répond pas/,
  ],
];

describe('the printer’s state, read before a receipt is sent', () => {
  it.each(CASES)('%s: said in French, not printed, lp not called', async (_name, answers, message) => {
    const dir = tempDir();
    const { lp, calls } = standInLp(dir);
    standInLpstat(dir, answers);
    const result = await new CupsPrinter(pdf, lp).print('<p>reçu</p>', '80mm', 'Guichet-1');
    expect(result.printed).toBe(false);
    expect(result.message).toMatch(message);
    expect(result.message).toMatch(/enregistrez le reçu en PDF|Enregistrez le reçu en PDF/);
    expect(existsSync(calls)).toBe(false);
  });

  it('a ready printer: the receipt goes to lp and is reported sent', async () => {
    const dir = tempDir();
    const { lp, calls } = standInLp(dir);
    standInLpstat(dir, { printer: { out: IDLE }, accepting: ACCEPTING });
    const result = await new CupsPrinter(pdf, lp).print('<p>reçu</p>', '80mm', 'Guichet-1');
    expect(result).toEqual({ printed: true, message: 'Reçu envoyé à l’imprimante Guichet-1.' });
    expect(readFileSync(calls, 'utf8')).toContain('Guichet-1');
  });

  it('lp refuses the job itself (the queue stopped accepting meanwhile): said as such, never reported printed', async () => {
    const dir = tempDir();
    const lp = join(dir, 'lp');
    writeFileSync(lp, '#!/bin/sh\necho "lp: The printer or class is not accepting jobs." >&2\nexit 1\n', { mode: 0o755 });
    standInLpstat(dir, { printer: { out: IDLE }, accepting: ACCEPTING });
    const result = await new CupsPrinter(pdf, lp).print('<p>reçu</p>', '80mm', 'Guichet-1');
    expect(result).toEqual({ printed: false, message: expect.stringMatching(/^L’imprimante Guichet-1 refuse les impressions/) });
  });

  it('without lpstat on the machine, lp alone decides, as before', async () => {
    const dir = tempDir();
    const { lp } = standInLp(dir);
    expect((await new CupsPrinter(pdf, lp).print('<p>reçu</p>', '80mm', 'Guichet-1')).printed).toBe(true);
  });

  it('reads an idle, enabled, accepting printer as ready', () => {
    expect(parsePrinterState({ out: IDLE, err: '' }, { out: ACCEPTING.out!, err: '' })).toBe('ready');
  });
});
