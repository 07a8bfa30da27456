import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../../electron/browser-host/server.node.js';
import { fixedClock } from '../../../electron/services/clock.node.js';
import { createApiHandlers } from '../../../electron/services/api-handlers.node.js';
import type { PdfRenderer, Printer } from '../../../electron/services/receipt/pdf.node.js';
import { SessionStore } from '../../../electron/services/store/session-store.node.js';
import type { Settings } from '../../../electron/common/contract.js';
import { STATION_SETTINGS } from '../../support/fixtures.js';

export const unusedPdf: PdfRenderer = { render: () => Promise.reject(new Error('not expected')), close: async () => {} };
export const unusedPrinter: Printer = { print: () => Promise.reject(new Error('not expected')) };
export const PAGE = '<!doctype html><html lang="fr"><head><title>Dossier complet</title></head><body></body></html>';

/** The real host on a real SQLite file, serving a two-file renderer; every log line is kept. */
export async function startTestHost(
  dir: string,
  settings: Settings | null = STATION_SETTINGS,
  deps: { pdf: PdfRenderer; printer: Printer } = { pdf: unusedPdf, printer: unusedPrinter },
) {
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), PAGE);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  const store = SessionStore.open(join(dir, 'sessions.sqlite'));
  if (settings) store.writeSettings(settings);
  const handlers = createApiHandlers({ store, clock: fixedClock('2026-06-15T08:30:00Z'), ...deps });
  const logs: string[] = [];
  const host: BrowserHost = await startBrowserHost({ rendererDir, handlers, log: (line) => logs.push(line) });
  const port = Number(new URL(host.url).port);
  return {
    host,
    store,
    handlers,
    logs,
    port,
    /** An API call as the host's own programs make it. */
    call: (method: string, body: unknown) =>
      fetch(`${host.url}api/${method}`, { method: 'POST', body: JSON.stringify(body), headers: { 'X-Api-Token': host.token } }),
    async stop() {
      await host.close();
      store.close();
    },
  };
}
