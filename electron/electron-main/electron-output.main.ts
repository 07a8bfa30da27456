import { BrowserWindow } from 'electron';
import { stationText as t } from '../common/messages/index.js';
import { PAPERS, pageHeightMm } from '../common/papers.js';
import type { PdfRenderer, Printer, RenderedPdf } from '../services/receipt/pdf.node.js';
import { MM_PER_INCH, PX_PER_MM } from '../services/receipt/pdf.node.js';
import type { Paper } from '../services/receipt/receipt-template.node.js';
import { receiptWindowOptions } from './shell-policy.node.js';

/** A hidden, sandboxed window holding one receipt, for printToPDF and print. */
async function withReceipt<T>(html: string, paper: Paper, use: (window: BrowserWindow, heightMm: number) => Promise<T>): Promise<T> {
  const window = new BrowserWindow(receiptWindowOptions());
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
    // The root's own box, not scrollHeight (never less than the window): a short receipt stays short.
    const heightPx = (await window.webContents.executeJavaScript('document.documentElement.getBoundingClientRect().height')) as number;
    return await use(window, pageHeightMm(paper, heightPx / PX_PER_MM));
  } finally {
    window.destroy();
  }
}

export class ElectronPdfRenderer implements PdfRenderer {
  render(html: string, paper: Paper): Promise<RenderedPdf> {
    const size = PAPERS[paper];
    return withReceipt(html, paper, async (window, heightMm) => ({
      pdf: await window.webContents.printToPDF({
        // printToPDF takes inches.
        pageSize: size.named ?? { width: size.widthMm / MM_PER_INCH, height: heightMm / MM_PER_INCH },
        printBackground: true,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
      }),
      heightMm,
    }));
  }

  async close(): Promise<void> {}
}

/** Prints silently on the configured printer, with an explicit page size (microns). */
export class ElectronPrinter implements Printer {
  print(html: string, paper: Paper, printerName: string | null): Promise<{ printed: boolean; message: string }> {
    if (!printerName) return Promise.resolve({ printed: false, message: t('print.noPrinter') });
    const size = PAPERS[paper];
    return withReceipt(
      html,
      paper,
      (window, heightMm) =>
        new Promise((resolve) => {
          window.webContents.print(
            {
              silent: true,
              deviceName: printerName,
              printBackground: true,
              margins: { top: 0, bottom: 0, left: 0, right: 0 },
              // print takes microns.
              pageSize: size.named ?? { width: size.widthMm * 1000, height: heightMm * 1000 },
            },
            (success, reason) => {
              if (!success) console.error(`[print] ${printerName}: ${reason}`);
              resolve({ printed: success, message: t(success ? 'print.sent' : 'print.failed', { printer: printerName }) });
            },
          );
        }),
    );
  }
}
