// The Electron main process: thin glue that wires the services to the one
// typed API. Every decision (which sender, which file, which navigation,
// which window options) is taken in shell-policy.node.ts, tested under Node;
// here Electron's objects are only read into its shapes and its verdicts applied.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, type IpcMainInvokeEvent, type Session, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { METHODS } from '../common/contract.js';
import { stationText as t } from '../common/messages/index.js';
import { openServices } from '../services/app.node.js';
import { contentSecurityPolicy } from '../services/csp.node.js';
import { dispatch } from '../services/api-handlers.node.js';
import { ElectronPdfRenderer, ElectronPrinter } from './electron-output.main.js';
import { guardStart } from './start-guard.node.js';
import {
  APP_ENTRY,
  APP_SCHEME,
  blocksInput,
  bundleFile,
  bundleHeaders,
  isTrustedSender,
  mainWindowOptions,
  mayGrantPermission,
  mayNavigate,
  windowOpenVerdict,
  type Sender,
} from './shell-policy.node.js';

const RENDERER_DIR = join(__dirname, '../renderer');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let kiosk = false;

  // One policy for every web contents the app ever creates (the window, the
  // hidden receipt windows, anything a future feature adds): registered
  // before the first window exists.
  app.on('web-contents-created', (_event, contents) => lockDown(contents, () => kiosk));

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.whenReady().then(async () => {
    // The same lock and start-time integrity check as the browser host: a second host (Electron or the
    // browser host) on this data folder, or a database that cannot be repaired, is a French dialog and an exit.
    const started = await guardStart(process.env['DOSSIER_COMPLET_DATA'] ?? app.getPath('userData'), (prepared) =>
      openServices({
        dataDir: process.env['DOSSIER_COMPLET_DATA'] ?? app.getPath('userData'),
        prepared,
        pdf: new ElectronPdfRenderer(),
        printer: new ElectronPrinter(),
      }),
    );
    if (!started.ok) {
      console.error(started.message);
      dialog.showErrorBox('Dossier complet', started.message);
      app.exit(1);
      return;
    }
    const services = started.value;
    kiosk = services.opensAsKiosk();
    const csp = contentSecurityPolicy();

    // The app is served from app://bundle/, never file://, with its CSP on every response.
    protocol.handle(APP_SCHEME, async (request) => {
      const found = bundleFile(request, RENDERER_DIR);
      if (!found.ok) {
        console.warn(`[app://] ${found.status} ${request.method} ${request.url}: ${found.reason}`);
        return new Response('introuvable', { status: found.status });
      }
      try {
        return new Response(request.method === 'HEAD' ? null : await readFile(found.file), {
          headers: bundleHeaders(found.contentType, csp),
        });
      } catch {
        return new Response('introuvable', { status: 404 });
      }
    });
    denyPermissions(session.defaultSession, () => kiosk);

    const forbidden = { ok: false, error: { code: 'forbidden', message: t('error.forbidden') } } as const;
    for (const method of METHODS) {
      ipcMain.handle(`api:${method}`, (event, request: unknown) =>
        isTrustedSender(senderOf(event), mainWindow?.webContents.id ?? null) ? dispatch(services.handlers, method, request) : forbidden,
      );
    }

    mainWindow = new BrowserWindow(
      mainWindowOptions({ kiosk, packaged: app.isPackaged, preload: join(__dirname, '../preload/preload.preload.js') }),
    );
    if (kiosk) mainWindow.removeMenu();
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    void mainWindow.loadURL(APP_ENTRY);

    app.on('window-all-closed', () => app.quit());
    app.on('will-quit', () => void services.close());
  });
}

/** What the policy needs of an IPC event. */
function senderOf(event: IpcMainInvokeEvent): Sender {
  const frame = event.senderFrame;
  return { contentsId: event.sender.id, frameUrl: frame?.url ?? null, isTopFrame: frame !== null && frame.parent === null };
}

/** Every permission request and check on a session goes to the policy: the station's camera only, never on a kiosk. */
function denyPermissions(target: Session, kiosk: () => boolean): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : undefined;
    callback(mayGrantPermission({ permission, requestingUrl: details.requestingUrl ?? null, mediaTypes, kiosk: kiosk() }));
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    mayGrantPermission({
      permission,
      requestingUrl: details.requestingUrl ?? requestingOrigin ?? null,
      mediaTypes: details.mediaType ? [details.mediaType] : undefined,
      kiosk: kiosk(),
    }),
  );
  target.setDevicePermissionHandler(() => false);
}

/** No navigation away from the app, no new window, no webview, no permission; in kiosk mode no escaping shortcut. */
function lockDown(contents: WebContents, kiosk: () => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenVerdict);
  contents.on('before-input-event', (event, input) => {
    if (blocksInput(kiosk(), input)) event.preventDefault();
  });
  denyPermissions(contents.session, kiosk);
}
