import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from './clock.node.js';
import { createService } from './kiosk-service.node.js';
import type { PdfRenderer, Printer } from './receipt/pdf.node.js';
import { scheduleRetention } from './retention.node.js';
import { SessionStore } from './store/session-store.node.js';

/** The app's data folder: $DOSSIER_COMPLET_DATA, or the platform's usual place. */
export function defaultDataDir(): string {
  if (process.env['DOSSIER_COMPLET_DATA']) return process.env['DOSSIER_COMPLET_DATA'];
  if (process.platform === 'win32') return join(process.env['APPDATA'] ?? homedir(), 'Dossier complet');
  return join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'dossier-complet');
}

/** Opens the services on a data folder: the store, the retention schedule and the API handlers. */
export function openServices(options: { dataDir: string; clock: Clock; pdf: PdfRenderer; printer: Printer }) {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const store = SessionStore.open(join(options.dataDir, 'sessions.sqlite'));
  const stopRetention = scheduleRetention(store, options.clock);
  const handlers = createService({ store, clock: options.clock, pdf: options.pdf, printer: options.printer });
  return {
    store,
    handlers,
    async close() {
      stopRetention();
      await options.pdf.close();
      store.close();
    },
  };
}
