// `npm start` where the Electron runtime is absent: serves the station on
// 127.0.0.1 and opens Debian's Chromium in app mode when there is a display.
import { fileURLToPath } from 'node:url';
import { openServices, defaultDataDir } from '../services/app.node.js';
import { ChromiumPdfRenderer, chromiumAvailable } from '../services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../services/receipt/cups-printer.node.js';
import { openHostWindow, type HostWindow } from './host-window.node.js';
import { startBrowserHost } from './server.node.js';

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const dataDir = defaultDataDir();
const pdf = new ChromiumPdfRenderer();
const services = openServices({ dataDir, pdf, printer: new CupsPrinter(pdf) });
const host = await startBrowserHost({ rendererDir, handlers: services.handlers, port: Number(process.env['PORT'] ?? 0) });
const kiosk = services.opensAsKiosk();
// The first receipt should not wait for Chromium to start: warm it in the background, once the
// window has shown its first screen (its first API call, then a moment for the screen's own calls),
// so the two Chromiums never start together; at the latest after a while when no window calls
// (an address opened by hand). A receipt asked sooner starts Chromium itself.
let warming = false;
const warm = () => {
  if (warming) return;
  warming = true;
  // Stopping while it starts (closed under it) is no failure to report.
  pdf.warm().catch((error: unknown) => {
    if (!stopping) console.error('[pdf] warm-up failed:', error);
  });
};
void services.firstCall.then(() => setTimeout(warm, 500).unref());
setTimeout(warm, 10_000).unref();

console.log('Dossier complet — hôte navigateur (Electron absent sur ce poste).');
console.log(`Données\u00a0: ${dataDir}`);

let hostWindow: HostWindow | null = null;
if (process.env['DISPLAY'] && chromiumAvailable() && !process.env['NO_BROWSER']) {
  // One-time launch addresses: only the host's window receives the session.
  hostWindow = openHostWindow({
    kiosk,
    root: process.getuid?.() === 0,
    origin: new URL(host.url).origin,
    launchUrl: () => host.launchUrl(),
    // DOSSIER_COMPLET_WINDOW_WATCH=off is for the test that shows what the watchdog prevents (kiosk-escape).
    watch: process.env['DOSSIER_COMPLET_WINDOW_WATCH'] !== 'off',
    log: (line) => console.log(line),
    onExit: () => void shutdown(),
  });
  if (!hostWindow.sandboxed)
    console.log('Attention\u00a0: lancé en root, Chromium s’ouvre sans son bac à sable. Lancez l’application sous un compte ordinaire.');
  console.log(`Adresse\u00a0: ${host.url}`);
  console.log(`Chromium ouvert en mode ${kiosk ? 'kiosque' : 'application'}.`);
} else {
  // Whoever reads this terminal started the host: the one-time address is theirs to open.
  console.log(`Adresse\u00a0: ${host.launchUrl()}`);
  console.log('Pas d’affichage ou pas de Chromium\u00a0: ouvrez l’adresse ci-dessus (valable une fois) dans un navigateur de ce poste.');
}

// Chromium takes a good half second before its page calls: time for the host's own first-call costs.
setImmediate(() => services.warmUp());

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  hostWindow?.close();
  await host.close();
  await services.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
