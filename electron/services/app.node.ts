import { timeZoneOf } from '../../rules/index.js';
import { zonedClock, type Clock } from './clock.node.js';
import { createApiHandlers } from './api-handlers.node.js';
import { forcedStation, storeFile } from './data-dir.node.js';
import { clearPendingMode, readPendingMode } from './pending-mode.node.js';
import { takeDataFolder, type PreparedDataFolder } from './data-folder.node.js';
import { HostNotices } from './host-notices.node.js';
import { sweepStaleTemp } from './private-temp.node.js';
import type { PdfRenderer, Printer } from './receipt/pdf.node.js';
import { scheduleRetention } from './retention.node.js';
import { SessionStore } from './store/session-store.node.js';
import { checkStoreAtStart } from './store/store-health.node.js';
import { kioskAtLaunch } from './store/stored-mode.node.js';
import { TrustStore } from './two-d-doc/trust-bundle.node.js';

/** The real clock, in the time zone of the station's département (Paris until it is set). */
export function stationClock(store: SessionStore): Clock {
  return zonedClock(() => timeZoneOf(store.readSettings()?.departement ?? '75'));
}

/**
 * Opens the services on a data folder: the store, the retention schedule and
 * the API handlers. `clock` defaults to the station's own; tests inject one.
 * DOSSIER_COMPLET_MODE=station opens a kiosk as a station for this launch, to
 * change its settings. The folder is taken for this process and its database
 * checked first (DataFolderBusy when another host holds it), unless the
 * caller did it already (`prepared`: the browser host, before its window).
 */
export function openServices(options: {
  dataDir: string;
  clock?: Clock;
  pdf: PdfRenderer;
  printer: Printer;
  prepared?: PreparedDataFolder;
}) {
  const lock = options.prepared?.lock ?? takeDataFolder(options.dataDir);
  const notices = new HostNotices();
  let store: SessionStore;
  try {
    for (const line of options.prepared?.notices ??
      checkStoreAtStart(storeFile(options.dataDir), options.clock?.now() ?? new Date()).notices)
      notices.add(line);
    // What a killed host left in the temp folder (a receipt for lp, a Chromium profile) goes first.
    sweepStaleTemp();
    store = SessionStore.open(storeFile(options.dataDir));
  } catch (error) {
    lock.release();
    throw error;
  }
  const clock = options.clock ?? stationClock(store);
  const stopRetention = scheduleRetention(store, clock, undefined, notices);
  const forceStation = forcedStation();
  let called: () => void = () => undefined;
  const firstCall = new Promise<void>((resolve) => (called = resolve));
  const pendingMode = { read: () => readPendingMode(options.dataDir), clear: () => clearPendingMode(options.dataDir) };
  const handlers = createApiHandlers({
    store,
    clock,
    pdf: options.pdf,
    printer: options.printer,
    forceStation,
    onCall: () => called(),
    // The 2D-Doc trust bundle lives beside the database, in the same 0700 folder.
    trust: new TrustStore(options.dataDir),
    pendingMode,
    notices,
  });
  return {
    store,
    handlers,
    /** What the host told the agent during this launch (also on the terminal). */
    notices,
    /** Settles at the first API call: the window's page has loaded and is asking for its first screen. */
    firstCall,
    /**
     * Pays the first calls' one-time costs (ICU's time-zone data for "today",
     * the home list's statements) while the window starts, not during its first screen.
     */
    warmUp() {
      try {
        store.visitsOn(clock.today());
      } catch {
        // Damaged settings or rows: the page's own call reports them; a warm-up never stops the host.
      }
    },
    /** Whether this launch opens the kiosk: set in the settings, and not overridden for this launch. */
    // The launch rule the browser host applies before the services load, on the settings read through their schema.
    opensAsKiosk: () => kioskAtLaunch(store.readSettings()?.mode ?? 'none', forceStation),
    async close() {
      stopRetention();
      await options.pdf.close();
      store.close();
      lock.release();
    },
  };
}
