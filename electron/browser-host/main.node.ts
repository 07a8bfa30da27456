// `npm start` where the Electron runtime is absent: serves the station on
// 127.0.0.1 and opens Debian's Chromium in app mode when there is a display.
// Chromium's own start is most of the wait, so it comes first: this module
// opens the socket, reads the stored mode and starts the window, then loads
// the services (loaded-host.node.ts) while Chromium starts; the window's
// first requests wait for them. Keep its imports light.
import { fileURLToPath } from 'node:url';
import { defaultDataDir, forcedStation, storeFile } from '../services/data-dir.node.js';
import { prepareDataFolder, startFailureText, type PreparedDataFolder } from '../services/data-folder.node.js';
import { chromiumAvailable } from '../services/receipt/chromium-pdf.node.js';
import { kioskAtLaunch, readStoredMode } from '../services/store/stored-mode.node.js';
import { openHostWindow, type HostWindow } from './host-window.node.js';
import type { LoadedHost } from './loaded-host.node.js';
import { listenLocal } from './listener.node.js';
import { scriptGateFromEnv } from './script-gate.node.js';

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const dataDir = defaultDataDir();
// Before the socket and the window: a second host on this data folder refuses at once, naming the first;
// a damaged database is set aside (and a new one made, with its settings) before the stored mode is read.
let prepared: PreparedDataFolder;
try {
  prepared = await prepareDataFolder(dataDir);
} catch (error) {
  console.error(await startFailureText(error));
  process.exit(1);
}
const listener = await listenLocal({ port: Number(process.env['PORT'] ?? 0), log: (line) => console.error(line) });
let stopping = false;
let loaded: LoadedHost | null = null;
let hostWindow: HostWindow | null = null;
// From here on a stop closes the window (and its profile) whatever stage the start is at.
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
const kiosk = kioskAtLaunch(readStoredMode(storeFile(dataDir)), forcedStation());

console.log('Dossier complet — hôte navigateur (Electron absent sur ce poste).');
console.log(`Données\u00a0: ${dataDir}`);

if (process.env['DISPLAY'] && chromiumAvailable() && !process.env['NO_BROWSER']) {
  // One-time launch addresses: only the host's window receives the session.
  hostWindow = openHostWindow({
    kiosk,
    root: process.getuid?.() === 0,
    origin: listener.origin,
    launchUrl: listener.launchUrl,
    // DOSSIER_COMPLET_WINDOW_WATCH=off is for the test that shows what the watchdog prevents (kiosk-escape).
    watch: process.env['DOSSIER_COMPLET_WINDOW_WATCH'] !== 'off',
    log: (line) => console.log(line),
    onExit: () => void shutdown(0),
  });
  if (!hostWindow.sandboxed)
    console.log('Attention\u00a0: lancé en root, Chromium s’ouvre sans son bac à sable. Lancez l’application sous un compte ordinaire.');
  console.log(`Adresse\u00a0: ${listener.origin}/`);
  console.log(`Chromium ouvert en mode ${kiosk ? 'kiosque' : 'application'}.`);
} else {
  // Whoever reads this terminal started the host: the one-time address is theirs to open.
  console.log(`Adresse\u00a0: ${listener.launchUrl()}`);
  console.log('Pas d’affichage ou pas de Chromium\u00a0: ouvrez l’adresse ci-dessus (valable une fois) dans un navigateur de ce poste.');
}

try {
  const { loadHost } = await import('./loaded-host.node.js');
  // The window may have been closed, or the host stopped, while the services were read: nothing to open then.
  const holdScripts = scriptGateFromEnv(process.env);
  if (!stopping) loaded = loadHost({ dataDir, prepared, rendererDir, listener, kiosk, stopping: () => stopping, holdScripts });
} catch (error) {
  // The terminal (or the journal) says why; the window, if there is one, shows the 503 page and stays
  // on it until it is closed or the host stopped: a kiosk does not flash a window that vanishes.
  listener.fail();
  console.error(`Dossier complet n’a pas pu démarrer\u00a0: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
  if (!hostWindow) await shutdown(1);
}

/** Ends the host; a start that failed keeps its exit code 1 however it is then stopped. */
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  hostWindow?.close();
  await listener.close();
  await loaded?.close();
  process.exit(Math.max(code, Number(process.exitCode ?? 0)));
}
