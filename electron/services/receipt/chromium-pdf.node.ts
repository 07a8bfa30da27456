import { existsSync, rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { privateTempDir } from '../private-temp.node.js';
import type { PdfRenderer } from './pdf.node.js';
import { PX_PER_MM } from './pdf.node.js';
import type { Paper } from './receipt-template.node.js';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for a closed network (no background connections that would be refused) and no crash dumps of a page. */
export const CHROMIUM_COMMON_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-breakpad',
  '--disable-crash-reporter',
];
/** The headless renderers (receipts, tests) keep --no-sandbox: they load only our own HTML, and run as root in CI. */
export const CHROMIUM_ARGS = ['--no-sandbox', ...CHROMIUM_COMMON_ARGS];

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
  private context: Promise<BrowserContext> | null = null;
  private profile: string | null = null;
  private page: Promise<Page> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  /** The profile is ours (a marked private folder), not Playwright's: a killed host leaves it to the next start's sweep. */
  private warmPage(): Promise<Page> {
    if (!this.context) {
      const profile = privateTempDir('chromium-pdf');
      this.profile = profile;
      // Loaded on first use: Playwright takes most of a second to import, which the host's start should not pay.
      this.context = import('playwright-core').then(({ chromium }) =>
        chromium.launchPersistentContext(profile, {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
          headless: true,
          javaScriptEnabled: false,
          env: { ...process.env, BREAKPAD_DUMP_LOCATION: profile },
        }),
      );
    }
    this.page ??= this.context.then((context) => context.pages()[0] ?? context.newPage());
    return this.page;
  }

  render(html: string, paper: Paper): Promise<Buffer> {
    const turn = this.queue.then(async () => {
      const page = await this.warmPage();
      await page.setContent(html, { waitUntil: 'load' });
      if (paper === 'a4') return page.pdf({ format: 'A4', printBackground: true });
      // The root's own box, not scrollHeight (never less than the viewport): a short receipt stays short.
      const heightPx = (await page.evaluate('document.documentElement.getBoundingClientRect().height')) as number;
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
    const { context, profile } = this;
    this.context = null;
    this.profile = null;
    this.page = null;
    if (context) await (await context).close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
}
