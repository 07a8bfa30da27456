import { existsSync, rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { stationText as t } from '../../common/messages/index.js';
import { ApiError } from '../api-error.node.js';
import { privateTempDir, processesNaming } from '../private-temp.node.js';
import { PAPERS, pageHeightMm } from '../../common/papers.js';
import type { PdfRenderer, RenderedPdf } from './pdf.node.js';
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

/** A render that has not finished in this time is taken as hung (a blocked Chromium): it is restarted. */
export const RENDER_TIMEOUT_MS = 20_000;
/** Chromium's own start, bounded apart: slow on a loaded machine, but never waited on forever. */
const LAUNCH_TIMEOUT_MS = 90_000;

/** Rejects when `work` takes longer than `ms`; the timer never keeps the process alive. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`receipt render took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Renders receipts with a headless Chromium and one page kept warm between
 * receipts (a new page costs a new browser context: about 400 ms). Renders
 * take turns on that page. An 80 mm roll has no page height: the page is as
 * long as the receipt. A Chromium that dies or hangs mid-render is ended
 * and started again, and the render tried once more; if that fails too, the
 * agent is told (`renderer-failed`), « Enregistrer en PDF » offered.
 */
export class ChromiumPdfRenderer implements PdfRenderer {
  private context: Promise<BrowserContext> | null = null;
  private profile: string | null = null;
  private page: Promise<Page> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closing = false;

  constructor(private readonly options: { executablePath?: string; renderTimeoutMs?: number; log?: (line: string) => void } = {}) {}

  /** The running Chromium's profile folder (its processes name it), or null before the first render. */
  get profileDir(): string | null {
    return this.profile;
  }

  /** The profile is ours (a marked private folder), not Playwright's: a killed host leaves it to the next start's sweep. */
  private warmPage(): Promise<Page> {
    if (!this.context) {
      const profile = privateTempDir('chromium-pdf');
      this.profile = profile;
      // Loaded on first use: Playwright takes most of a second to import, which the host's start should not pay.
      this.context = import('playwright-core').then(({ chromium }) =>
        chromium.launchPersistentContext(profile, {
          executablePath: this.options.executablePath ?? CHROMIUM_PATH,
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

  render(html: string, paper: Paper): Promise<RenderedPdf> {
    const turn = this.queue.then(async () => {
      const timeout = this.options.renderTimeoutMs ?? RENDER_TIMEOUT_MS;
      try {
        return await this.renderOnce(html, paper, timeout);
      } catch (error) {
        // The host is stopping and closed the browser under this render: nothing to restart.
        if (this.closing) throw error;
        const log = this.options.log ?? ((line: string) => console.error(line));
        log(
          `[pdf] receipt renderer failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): restarted, render tried again`,
        );
        await this.restart();
        try {
          return await this.renderOnce(html, paper, timeout);
        } catch (again) {
          log(`[pdf] receipt renderer failed again: ${again instanceof Error ? again.message.split('\n')[0] : String(again)}`);
          await this.restart();
          throw new ApiError({ code: 'renderer-failed', message: t('fault.renderer.failed') });
        }
      }
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Ends this renderer's Chromium whatever its state (dead, hung, stopped):
   * every process naming its profile is killed, then the profile erased; the
   * next render starts a new one.
   */
  private async restart(): Promise<void> {
    const { context, profile } = this;
    this.context = null;
    this.profile = null;
    this.page = null;
    if (profile) for (const pid of processesNaming(profile)) if (pid !== process.pid) tryKill(pid);
    // Playwright's side of the dead browser: closed, but never waited on for long.
    if (context)
      await within(
        context.then((c) => c.close()),
        5000,
      ).catch(() => undefined);
    if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }

  /** One render: the browser's start has its own, longer bound (a loaded machine starts Chromium slowly). */
  private async renderOnce(html: string, paper: Paper, timeoutMs: number): Promise<RenderedPdf> {
    const page = await within(this.warmPage(), LAUNCH_TIMEOUT_MS);
    const size = PAPERS[paper];
    return within(
      (async () => {
        await page.setContent(html, { waitUntil: 'load' });
        if (size.named) return { pdf: await page.pdf({ format: size.named, printBackground: true }), heightMm: pageHeightMm(paper, 0) };
        // The root's own box, not scrollHeight (never less than the viewport): a short receipt stays short.
        const heightPx = (await page.evaluate('document.documentElement.getBoundingClientRect().height')) as number;
        const heightMm = pageHeightMm(paper, heightPx / PX_PER_MM);
        return { pdf: await page.pdf({ width: `${size.widthMm}mm`, height: `${heightMm}mm`, printBackground: true }), heightMm };
      })(),
      timeoutMs,
    );
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
    this.closing = true;
    try {
      if (context) await (await context).close();
    } finally {
      this.closing = false;
    }
    if (profile) rmSync(profile, { recursive: true, force: true });
  }
}

function tryKill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
