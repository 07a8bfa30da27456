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
// The first receipt should not wait for Chromium to start: warm it in the background, once the
// first screen has had the machine to itself (a receipt asked sooner starts Chromium itself).
setTimeout(() => pdf.warm().catch((error: unknown) => console.error('[pdf] warm-up failed:', error)), 1500).unref();

console.log('Dossier complet — hôte navigateur (Electron absent sur ce poste).');
console.log(`Données : ${dataDir}`);
console.log(`Adresse : ${host.url}`);

let browser: ReturnType<typeof spawn> | null = null;
let profile: string | null = null;
if (process.env['DISPLAY'] && chromiumAvailable() && !process.env['NO_BROWSER']) {
  profile = mkdtempSync(join(tmpdir(), 'dossier-complet-chromium-'));
  const mode = kiosk ? ['--kiosk', `--app=${host.url}`] : [`--app=${host.url}`];
  browser = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--incognito', ...mode], { stdio: 'ignore' });
  browser.on('exit', () => void shutdown());
  console.log(`Chromium ouvert en mode ${kiosk ? 'kiosque' : 'application'}.`);
} else {
  console.log('Pas d’affichage ou pas de Chromium : ouvrez l’adresse ci-dessus dans un navigateur de ce poste.');
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
