// `npm start` where the Electron runtime is absent: serves the station on
// 127.0.0.1 and opens Debian's Chromium in app mode when there is a display.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openServices, defaultDataDir } from '../services/app.node.js';
import { ChromiumPdfRenderer, chromiumAvailable, CHROMIUM_ARGS, CHROMIUM_PATH } from '../services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../services/receipt/cups-printer.node.js';
import { startBrowserHost } from './server.node.js';

const rendererDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const dataDir = defaultDataDir();
const pdf = new ChromiumPdfRenderer();
const services = openServices({ dataDir, pdf, printer: new CupsPrinter(pdf) });
const host = await startBrowserHost({ rendererDir, handlers: services.handlers, port: Number(process.env['PORT'] ?? 0) });
const kiosk = services.opensAsKiosk();

console.log('Dossier complet — hôte navigateur (Electron absent sur ce poste).');
console.log(`Données : ${dataDir}`);

let browser: ReturnType<typeof spawn> | null = null;
let profile: string | null = null;
if (process.env['DISPLAY'] && chromiumAvailable() && !process.env['NO_BROWSER']) {
  profile = mkdtempSync(join(tmpdir(), 'dossier-complet-chromium-'));
  // The one-time launch address: only this window receives the session.
  const app = `--app=${host.launchUrl()}`;
  const mode = kiosk ? ['--kiosk', app] : [app];
  browser = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--incognito', ...mode], { stdio: 'ignore' });
  browser.on('exit', () => void shutdown());
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
