// `npm start` where the Electron runtime is absent: serves the station on
// 127.0.0.1 and opens Debian's Chromium in app mode when there is a display.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { openServices, defaultDataDir } from '../services/app.node.js';
import { privateTempDir } from '../services/private-temp.node.js';
import { ChromiumPdfRenderer, chromiumAvailable } from '../services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../services/receipt/cups-printer.node.js';
import { CdpPipe } from './cdp-pipe.node.js';
import { openWindow, windowArgs } from './chromium-window.node.js';
import { startBrowserHost } from './server.node.js';
import { watchKioskWindows } from './window-watchdog.node.js';

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const dataDir = defaultDataDir();
const pdf = new ChromiumPdfRenderer();
const services = openServices({ dataDir, pdf, printer: new CupsPrinter(pdf) });
const host = await startBrowserHost({ rendererDir, handlers: services.handlers, port: Number(process.env['PORT'] ?? 0) });
const kiosk = services.opensAsKiosk();
// The first receipt should not wait for Chromium to start: warm it in the background, once the
// first screen has had the machine to itself (a receipt asked sooner starts Chromium itself).
setTimeout(() => pdf.warm().catch((error: unknown) => console.error('[pdf] warm-up failed:', error)), 1500).unref();

console.log('Dossier complet — hôte navigateur (Electron absent sur ce poste).');
console.log(`Données : ${dataDir}`);

let browser: ChildProcess | null = null;
let profile: string | null = null;
if (process.env['DISPLAY'] && chromiumAvailable() && !process.env['NO_BROWSER']) {
  profile = privateTempDir('chromium');
  // The one-time launch address: only this window receives the session.
  // DOSSIER_COMPLET_WINDOW_WATCH=off is for the test that proves the watchdog matters (kiosk-escape).
  const watch = kiosk && process.env['DOSSIER_COMPLET_WINDOW_WATCH'] !== 'off';
  const { args, sandboxed } = windowArgs({ kiosk, launchUrl: host.launchUrl(), profile, root: process.getuid?.() === 0, watch });
  browser = openWindow(args, profile);
  if (watch) {
    const pipe = new CdpPipe(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
    watchKioskWindows(pipe, { origin: new URL(host.url).origin, launchUrl: () => host.launchUrl(), log: (line) => console.log(line) });
    browser.on('exit', () => pipe.close());
  }
  browser.on('exit', () => void shutdown());
  if (!sandboxed) console.log('Attention\u00a0: lancé en root, Chromium s’ouvre sans son bac à sable. Lancez l’application sous un compte ordinaire.');
  console.log(`Adresse : ${host.url}`);
  console.log(`Chromium ouvert en mode ${kiosk ? 'kiosque' : 'application'}.`);
} else {
  // Whoever reads this terminal started the host: the one-time address is theirs to open.
  console.log(`Adresse : ${host.launchUrl()}`);
  console.log('Pas d’affichage ou pas de Chromium : ouvrez l’adresse ci-dessus (valable une fois) dans un navigateur de ce poste.');
}

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  browser?.kill();
  await host.close();
  await services.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
