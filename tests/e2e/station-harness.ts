import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../electron/browser-host/server.node.js';
import { openServices } from '../../electron/services/app.node.js';
import type { Clock } from '../../electron/services/clock.node.js';
import { ChromiumPdfRenderer, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../electron/services/receipt/cups-printer.node.js';
import type { Settings } from '../../electron/common/contract.js';
import { PROJECT_ROOT } from '../support/paths.js';

export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');
export const SCREENSHOTS = join(PROJECT_ROOT, 'tests', 'artifacts', 'screenshots');

/** The real browser host, on the real services and a real SQLite file in `dataDir`. */
export async function startStation(dataDir: string, clock: Clock, settings?: Settings, lp = '/nonexistent/lp') {
  const pdf = new ChromiumPdfRenderer();
  // As the browser host does at start: Chromium is ready before the first receipt.
  pdf.warm().catch(() => undefined);
  const services = openServices({ dataDir, clock, pdf, printer: new CupsPrinter(pdf, lp) });
  if (settings) services.store.writeSettings(settings);
  const host: BrowserHost = await startBrowserHost({ rendererDir: RENDERER_DIR, handlers: services.handlers });
  let stopped: Promise<void> | null = null;
  return {
    host,
    services,
    /** Stops the host and closes the database, once however often it is called. */
    stop(): Promise<void> {
      stopped ??= host.close().then(() => services.close());
      return stopped;
    },
  };
}

/**
 * A station on a data folder of its own, both ended after the test. The
 * folder's removal is registered before the host starts, so a host that fails
 * to start leaves no folder behind. `lp` makes the stand-in printer in the folder.
 */
export async function startStationForTest(
  onCleanup: (step: () => unknown) => void,
  prefix: string,
  clock: Clock,
  settings?: Settings,
  lp?: (dataDir: string) => { lp: string },
) {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const station = await startStation(dataDir, clock, settings, lp?.(dataDir).lp);
  onCleanup(() => station.stop());
  return { station, dataDir };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Waits until no <dialog> is left in the page. A closed <dialog> is hidden at
 * once, so a role locator finds it gone before its owner has heard: the close
 * event comes a task later, and only then does React unmount the dialog and
 * run its cleanups (the camera's tracks stopped, a refused choice undone).
 */
export function dialogsRemoved(page: Page): Promise<void> {
  return page.locator('dialog').waitFor({ state: 'detached' });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core's WCAG 2.2 A and AA violations on the page as it is now (evaluated outside the page's CSP). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, o: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
  return violations;
}
