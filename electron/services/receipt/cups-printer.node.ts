import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stationText as t } from '../../api/messages/index.js';
import { privateTempDir } from '../private-temp.node.js';
import type { PdfRenderer, Printer } from './pdf.node.js';
import type { Paper } from './receipt-template.node.js';

/**
 * The browser host's printer: the receipt as PDF, sent to CUPS with `lp`
 * on the configured printer. The PDF is written to a private temporary
 * folder only for `lp`, and removed straight after.
 */
export class CupsPrinter implements Printer {
  constructor(private readonly pdf: PdfRenderer, private readonly lp = 'lp') {}

  async print(html: string, paper: Paper, printerName: string | null): Promise<{ printed: boolean; message: string }> {
    if (!printerName) return { printed: false, message: t('print.noPrinter') };
    // Marked with this process: a crash mid-print leaves it to the next start's sweep.
    const dir = privateTempDir('receipt');
    try {
      const file = join(dir, 'recu.pdf');
      await writeFile(file, await this.pdf.render(html, paper), { mode: 0o600 });
      const media = paper === 'a4' ? 'A4' : 'Custom.80x297mm';
      const code = await new Promise<number>((resolve) => {
        const child = spawn(this.lp, ['-d', printerName, '-o', `media=${media}`, file], { stdio: 'ignore' });
        child.on('error', () => resolve(-1));
        child.on('exit', (status) => resolve(status ?? -1));
      });
      return code === 0
        ? { printed: true, message: t('print.sent', { printer: printerName }) }
        : { printed: false, message: t('print.failed', { printer: printerName }) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
