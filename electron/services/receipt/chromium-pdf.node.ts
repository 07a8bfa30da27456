import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { PdfRenderer } from './pdf.node.js';
import { PX_PER_MM } from './pdf.node.js';
import type { Paper } from './receipt-template.node.js';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a closed network: no background connections that would be refused. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Renders receipts with a headless Chromium kept warm between receipts. An
 * 80 mm roll has no page height: the page is as long as the receipt.
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  private browser: Promise<Browser> | null = null;

  private launch(): Promise<Browser> {
    this.browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    return this.browser;
  }

  async render(html: string, paper: Paper): Promise<Buffer> {
    const browser = await this.launch();
    const page = await browser.newPage({ javaScriptEnabled: false });
    try {
      await page.setContent(html, { waitUntil: 'load' });
      if (paper === 'a4') return await page.pdf({ format: 'A4', printBackground: true });
      const heightPx = await page.evaluate(() => document.documentElement.scrollHeight);
      const heightMm = Math.ceil(heightPx / PX_PER_MM) + 10;
      return await page.pdf({ width: '80mm', height: `${heightMm}mm`, printBackground: true });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    if (this.browser) await (await this.browser).close();
    this.browser = null;
  }
}
