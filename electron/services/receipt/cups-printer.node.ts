import { execFile, spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { stationText as t } from '../../common/messages/index.js';
import { privateTempDir } from '../private-temp.node.js';
import { cupsMedia } from '../../common/papers.js';
import type { PdfRenderer, Printer } from './pdf.node.js';
import { BLOCKING, readPrinterState, stateOfLpError, type PrinterState } from './printer-state.node.js';
import type { Paper } from './receipt-template.node.js';

/**
 * The browser host's printer: the receipt as PDF, sent to CUPS with `lp`
 * on the configured printer. The PDF is written to a private temporary
 * folder only for `lp`, and removed straight after.
 */
export class CupsPrinter implements Printer {
  constructor(
    private readonly pdf: PdfRenderer,
    private readonly lp = 'lp',
    /** CUPS's lpstat; a stand-in `lp` (tests) looks for its stand-in `lpstat` beside it. */
    private readonly lpstat = basename(lp) === lp ? 'lpstat' : join(dirname(lp), 'lpstat'),
  ) {}

  async print(html: string, paper: Paper, printerName: string | null): Promise<{ printed: boolean; message: string }> {
    if (!printerName) return { printed: false, message: t('print.noPrinter') };
    // A paused queue or an empty tray takes the job and prints nothing: asked first, and said as it is.
    const state = await readPrinterState(printerName, this.lpstat);
    if (BLOCKING.has(state)) return { printed: false, message: stateMessage(state, printerName) };
    // Marked with this process: a crash mid-print leaves it to the next start's sweep.
    const dir = privateTempDir('receipt');
    try {
      const file = join(dir, 'recu.pdf');
      const { pdf, heightMm } = await this.pdf.render(html, paper);
      await writeFile(file, pdf, { mode: 0o600 });
      let stderr = '';
      const code = await new Promise<number>((resolve) => {
        const child = spawn(this.lp, ['-d', printerName, '-o', `media=${cupsMedia(paper, heightMm)}`, file], {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, LC_ALL: 'C' },
        });
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', () => resolve(-1));
        child.on('exit', (status) => resolve(status ?? -1));
      });
      if (code === 0) return { printed: true, message: t('print.sent', { printer: printerName }) };
      // lp refused the job: said by its reason when it names one (rejecting, absent), else the general failure.
      const refused = stateOfLpError(stderr);
      return {
        printed: false,
        message: BLOCKING.has(refused) ? stateMessage(refused, printerName) : t('print.failed', { printer: printerName }),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

/** What a printer's state means for the agent, in French. */
function stateMessage(state: PrinterState, printer: string): string {
  switch (state) {
    case 'absent':
      return t('fault.printer.absent', { printer });
    case 'paused':
      return t('fault.printer.paused', { printer });
    case 'noPaper':
      return t('fault.printer.noPaper', { printer });
    case 'rejecting':
      return t('fault.printer.rejecting', { printer });
    default:
      return t('fault.printer.noSystem');
  }
}

/**
 * The system's printers as CUPS lists them (`lpstat -e`, else `lpstat -a`
 * on older CUPS), for the settings to choose from. No CUPS: an empty list.
 */
export async function listCupsPrinters(lpstat = 'lpstat'): Promise<string[]> {
  const run = (args: string[]) =>
    new Promise<string | null>((resolve) => {
      execFile(lpstat, args, { timeout: 5000 }, (error, stdout) => resolve(error ? null : stdout));
    });
  const listing = (await run(['-e'])) ?? (await run(['-a'])) ?? '';
  // `-e` prints one name a line; `-a` prints "name accepting requests since…": the name is the first word either way.
  const names = listing
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name.length > 0);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, 'fr'));
}
