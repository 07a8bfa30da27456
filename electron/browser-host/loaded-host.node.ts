// What the browser host loads once its window is on its way (main.node.ts):
// the services, the receipts' Chromium and printer, and the routes on the
// socket already open. Loaded by a dynamic import, as a chunk of its own, so
// that the window starts before this is read.
import { openServices } from '../services/app.node.js';
import type { PreparedDataFolder } from '../services/data-folder.node.js';
import { ChromiumPdfRenderer } from '../services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../services/receipt/cups-printer.node.js';
import type { Listener } from './listener.node.js';
import { serveBrowserHost } from './server.node.js';

export interface LoadedHost {
  close(): Promise<void>;
}

export function loadHost(options: {
  dataDir: string;
  /** The data folder as main.node.ts took and checked it, before the window. */
  prepared?: PreparedDataFolder;
  rendererDir: string;
  listener: Listener;
  /** What the window was started as, from the stored mode read without its schema. */
  kiosk: boolean;
  /** The host is stopping: a receipt renderer closed under its warm-up is no failure to report. */
  stopping: () => boolean;
  /** See ServeOptions.holdScripts. */
  holdScripts?: () => Promise<void>;
}): LoadedHost {
  const pdf = new ChromiumPdfRenderer();
  const services = openServices({ dataDir: options.dataDir, prepared: options.prepared, pdf, printer: new CupsPrinter(pdf) });
  try {
    // The same row, read through its schema now (it throws, in French, on damaged settings).
    if (services.opensAsKiosk() !== options.kiosk)
      throw new Error('le mode enregistré a changé pendant le démarrage. Relancez l’application.');
  } catch (error) {
    void services.close();
    throw error;
  }
  serveBrowserHost(options.listener, { rendererDir: options.rendererDir, handlers: services.handlers, holdScripts: options.holdScripts });

  // The first receipt should not wait for Chromium to start: warm it in the background, once the
  // window has shown its first screen (its first API call, then a moment for the screen's own calls),
  // so the two Chromiums never start together; at the latest after a while when no window calls
  // (an address opened by hand). A receipt asked sooner starts Chromium itself.
  let warming = false;
  const warm = () => {
    if (warming) return;
    warming = true;
    pdf.warm().catch((error: unknown) => {
      if (!options.stopping()) console.error('[pdf] warm-up failed:', error);
    });
  };
  void services.firstCall.then(() => setTimeout(warm, 500).unref());
  setTimeout(warm, 10_000).unref();
  // Chromium takes a good half second before its page calls: time for the host's own first-call costs.
  setImmediate(() => services.warmUp());
  return { close: () => services.close() };
}
