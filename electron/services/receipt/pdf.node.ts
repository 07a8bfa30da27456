import type { Paper } from './receipt-template.node.js';

/** A rendered page, with the height it was cut at: what CUPS is told, never read back out of the PDF. */
export interface RenderedPdf {
  pdf: Buffer;
  heightMm: number;
}

/** Turns receipt HTML into a PDF: Electron's printToPDF in the app, Chromium headless elsewhere. */
export interface PdfRenderer {
  render(html: string, paper: Paper): Promise<RenderedPdf>;
  close(): Promise<void>;
  /** Gets ready before the first receipt (launches what rendering needs); optional, never required for correctness. */
  warm?(): Promise<void>;
}

/** Sends a receipt to the station's printer. */
export interface Printer {
  print(html: string, paper: Paper, printerName: string | null): Promise<{ printed: boolean; message: string }>;
}

export const MM_PER_INCH = 25.4;
/** CSS pixels per millimetre (96 dpi). */
export const PX_PER_MM = 96 / MM_PER_INCH;
