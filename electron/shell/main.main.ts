// The Electron main process: thin glue that wires the services to the one
// typed API. Security settings are written out even where they are defaults.
import { app, BrowserWindow, ipcMain, protocol, session, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { METHODS } from '../api/contract.js';
import { stationText as t } from '../api/messages/index.js';
import { isBlockedInKiosk } from '../api/kiosk-shortcuts.js';
import { openServices } from '../services/app.node.js';
import { contentSecurityPolicy } from '../services/csp.node.js';
import { dispatch } from '../services/kiosk-service.node.js';
import { ElectronPdfRenderer, ElectronPrinter } from './electron-output.main.js';

const SCHEME = 'app';
const ORIGIN = `${SCHEME}://bundle`;
const RENDERER_DIR = join(__dirname, '../renderer');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.whenReady().then(() => {
    const services = openServices({ dataDir: process.env['DOSSIER_COMPLET_DATA'] ?? app.getPath('userData'), pdf: new ElectronPdfRenderer(), printer: new ElectronPrinter() });
    const kiosk = services.opensAsKiosk();
    const csp = contentSecurityPolicy();

    // The app is served from app://bundle/, never file://, with its CSP on every response.
    protocol.handle(SCHEME, async (request) => {
      const url = new URL(request.url);
      const file = normalize(join(RENDERER_DIR, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
      if (url.host !== 'bundle' || !file.startsWith(RENDERER_DIR + sep)) return new Response('introuvable', { status: 404 });
      try {
        return new Response(await readFile(file), {
          headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
        });
      } catch {
        return new Response('introuvable', { status: 404 });
      }
    });

    // No camera, microphone, geolocation, notifications...: the app needs none.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);

    const trusted = (event: IpcMainInvokeEvent) =>
      mainWindow !== null && event.sender === mainWindow.webContents && new URL(event.senderFrame?.url ?? 'about:blank').origin === ORIGIN;
    for (const method of METHODS) {
      ipcMain.handle(`kiosk:${method}`, (event, request: unknown) =>
        trusted(event)
          ? dispatch(services.handlers, method, request)
          : { ok: false, error: { code: 'forbidden', message: t('error.forbidden') } });
    }

    mainWindow = new BrowserWindow({
      width: 1366,
      height: 900,
      show: false,
      autoHideMenuBar: true,
      fullscreen: kiosk,
      kiosk,
      title: 'Dossier complet',
      webPreferences: {
        preload: join(__dirname, '../preload/preload.preload.js'),
        contextIsolation: true,
        sandbox: true,
        webSecurity: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        devTools: !kiosk && !app.isPackaged,
        spellcheck: false,
      },
    });
    if (kiosk) mainWindow.removeMenu();
    lockDown(mainWindow.webContents, kiosk);
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(`${ORIGIN}/index.html`);

    app.on('window-all-closed', () => app.quit());
    app.on('will-quit', () => void services.close());
  });
}

/** No navigation away from the app, no new windows, and in kiosk mode no escaping shortcut. */
function lockDown(contents: WebContents, kiosk: boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== ORIGIN) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  if (kiosk) {
    contents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && isBlockedInKiosk(input)) event.preventDefault();
    });
  }
}
