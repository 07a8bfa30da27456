import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
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
 * Renders receipts with a headless Chromium and one page kept warm between
 * receipts (a new page costs a new browser context: about 400 ms). Renders
 * take turns on that page. An 80 mm roll has no page height: the page is as
 * long as the receipt.
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private page: Promise<Page> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  private warmPage(): Promise<Page> {
    // Loaded on first use: Playwright takes most of a second to import, which the host's start should not pay.
    this.browser ??= import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }));
    this.page ??= this.browser.then((browser) => browser.newPage({ javaScriptEnabled: false }));
    return this.page;
  }

  render(html: string, paper: Paper): Promise<Buffer> {
    const turn = this.queue.then(async () => {
      const page = await this.warmPage();
      await page.setContent(html, { waitUntil: 'load' });
      if (paper === 'a4') return page.pdf({ format: 'A4', printBackground: true });
      // The root's own box, not scrollHeight (never less than the viewport): a short receipt stays short.
      const heightPx = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const heightMm = Math.ceil(heightPx / PX_PER_MM) + 2;
      return page.pdf({ width: '80mm', height: `${heightMm}mm`, printBackground: true });
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Launches Chromium and renders one blank strip, so the first receipt of
   * the morning costs a render, not a browser start (about a second).
   */
  async warm(): Promise<void> {
    await this.render('<!doctype html><html><body></body></html>', '80mm');
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.page = null;
    if (browser) await (await browser).close();
  }
}
