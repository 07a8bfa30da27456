// Runs the built main bundle on the stand-in Electron and acts as Electron
// would: app ready, IPC calls from chosen frames, app:// requests, navigation
// and popup attempts, permission requests. It writes what it observed as JSON
// (argv[3]); tests/electron/bundle.test.ts says what must be observed.
// Usage: node --import ./register.js drive.js OUT/main/main.main.js REPORT.json
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, StandInEvent, standIn } from 'electron';

const [bundle, reportPath] = process.argv.slice(2);
const report = {};
const settle = () => new Promise((resolve) => setImmediate(resolve));

await import(pathToFileURL(bundle).href);
report.privilegedSchemes = standIn.privilegedSchemes;
standIn.ready();
await app.whenReady();
// The shell's start is asynchronous (it takes the data folder's lock and checks the database first):
// wait until it has shown its window, quit or exited, for 10 s at most, then let its last callbacks run.
const started = () =>
  app.quitCalls > 0 || app.exitCode !== undefined || standIn.windows.some((w) => w.visible && w.webContents.getURL().startsWith('app:'));
for (const until = Date.now() + 10_000; !started() && Date.now() < until;) await new Promise((resolve) => setTimeout(resolve, 10));
await settle();

report.quitCalls = app.quitCalls;
report.exitCode = app.exitCode ?? null;
report.errorBoxes = standIn.errorBoxes;
report.channels = [...standIn.ipcHandlers.keys()].sort();
report.schemes = [...standIn.protocolHandlers.keys()];
const main = standIn.windows.find((window) => window.webContents.getURL().startsWith('app:'));
report.mainWindow = main
  ? { url: main.webContents.getURL(), options: main.options, menuRemoved: main.menuRemoved, visible: main.visible }
  : null;

if (main) {
  // Another window the app did not mean to trust: same preload, its own page.
  const other = new BrowserWindow({
    show: false,
    webPreferences: { preload: main.options.webPreferences?.preload, sandbox: true, contextIsolation: true },
  });
  await other.loadURL('data:text/html,<p>autre</p>');
  const impostor = new BrowserWindow({ show: false });
  await impostor.loadURL(main.webContents.getURL());

  const ipc = async (channel, sender, senderFrame, request = {}) => {
    const handler = standIn.ipcHandlers.get(channel);
    if (!handler) return { missing: channel };
    try {
      return await handler({ sender, senderFrame, processId: 1, frameId: 1 }, request);
    } catch (error) {
      return { threw: String(error) };
    }
  };
  const own = main.webContents;
  report.ipc = {
    ownWindow: await ipc('api:getToday', own, own.mainFrame),
    ownWindowBadRequest: await ipc('api:getVisit', own, own.mainFrame, { reference: 42 }),
    ownIframe: await ipc('api:getToday', own, { url: 'about:srcdoc', parent: own.mainFrame }),
    ownWindowFrameGone: await ipc('api:getToday', own, null),
    ownWindowNavigatedAway: await ipc('api:getToday', own, { url: 'https://example.com/', parent: null }),
    otherWindow: await ipc('api:getToday', other.webContents, other.webContents.mainFrame),
    otherWindowOnAppPage: await ipc('api:getToday', impostor.webContents, impostor.webContents.mainFrame),
  };

  const serve = async (url, method = 'GET') => {
    const handler = standIn.protocolHandlers.get('app');
    if (!handler) return { missing: 'app' };
    try {
      const response = await handler(new Request(url, { method }));
      return {
        status: response.status,
        csp: response.headers.get('content-security-policy'),
        type: response.headers.get('content-type'),
        body: await response.text(),
      };
    } catch (error) {
      return { threw: String(error) };
    }
  };
  report.protocol = {};
  for (const [name, url, method] of [
    ['index', 'app://bundle/index.html'],
    ['root', 'app://bundle/'],
    ['encodedDots', 'app://bundle/%2e%2e/%2e%2e/main/main.main.js'],
    ['encodedSlash', 'app://bundle/..%2fmain%2fmain.main.js'],
    ['encodedBoth', 'app://bundle/%2e%2e%2fmain%2fmain.main.js'],
    ['deepEncodedSlash', 'app://bundle/assets/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['backslash', 'app://bundle/..%5cmain%5cmain.main.js'],
    ['nul', 'app://bundle/index.html%00'],
    ['badEncoding', 'app://bundle/%E0%A4%A'],
    ['lookAlikeHost', 'app://bundle.evil/index.html'],
    ['otherHost', 'app://other/index.html'],
    ['missing', 'app://bundle/nothing-here.js'],
    ['post', 'app://bundle/index.html', 'POST'],
  ])
    report.protocol[name] = await serve(url, method);

  const contents = { main: own, other: other.webContents };
  report.navigation = {};
  for (const [name, target] of Object.entries(contents)) {
    const verdicts = {};
    for (const url of [
      'app://bundle/index.html',
      'https://example.com/',
      'file:///etc/passwd',
      'app://bundle.evil/index.html',
      'data:text/html,x',
      'about:blank',
      'javascript:alert(1)',
    ]) {
      const navigate = new StandInEvent({ url, isMainFrame: true, isSameDocument: false, frame: target.mainFrame });
      target.emit('will-navigate', navigate, url, false, true, 1, 1);
      const redirect = new StandInEvent({ url, isMainFrame: true, isSameDocument: false, frame: target.mainFrame });
      target.emit('will-redirect', redirect, url, false, true, 1, 1);
      verdicts[url] = { navigate: !navigate.defaultPrevented, redirect: !redirect.defaultPrevented };
    }
    const webview = new StandInEvent();
    target.emit('will-attach-webview', webview, {}, {});
    const popup = target.windowOpenHandler
      ? target.windowOpenHandler({ url: 'https://example.com/', frameName: '', features: '', disposition: 'new-window' })
      : null;
    report.navigation[name] = { verdicts, webviewBlocked: webview.defaultPrevented, popup };
  }

  const session = standIn.defaultSession;
  const requested = [];
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal']) {
    if (!session.permissionRequestHandler) break;
    await new Promise((resolve) =>
      session.permissionRequestHandler(own, permission, (granted) => resolve(requested.push([permission, granted])), {}),
    );
  }
  report.permissions = {
    requested,
    checked: session.permissionCheckHandler
      ? [
          ['media', 'app://bundle'],
          ['media', 'https://example.com'],
          ['clipboard-read', 'app://bundle'],
          ['hid', 'app://bundle'],
        ].map(([p, origin]) => [`${p} ${origin}`, session.permissionCheckHandler(own, p, origin, {})])
      : null,
    device: session.devicePermissionHandler ? session.devicePermissionHandler({ deviceType: 'usb', origin: 'app://bundle' }) : null,
  };

  const reload = new StandInEvent();
  own.emit('before-input-event', reload, { type: 'keyDown', key: 'r', control: true, meta: false, alt: false, shift: false });
  report.reloadBlocked = reload.defaultPrevented;

  // A receipt rendered to PDF opens a hidden window of the main process's own:
  // it must be locked by the same policy as the others.
  if (process.env['STAND_IN_RECEIPT'] === '1') {
    const before = standIn.windows.length;
    const visit = await ipc('api:startVisit', own, own.mainFrame);
    const pdf = await ipc('api:receiptPdf', own, own.mainFrame, { reference: visit.value?.reference });
    const receipt = standIn.windows[before];
    const navigate = new StandInEvent({ url: 'https://example.com/', isMainFrame: true });
    receipt?.webContents.emit('will-navigate', navigate, 'https://example.com/', false, true, 1, 1);
    report.receipt = {
      pdf: pdf.ok ? Buffer.from(pdf.value.base64, 'base64').subarray(0, 5).toString() : pdf,
      window: receipt
        ? {
            options: receipt.options,
            destroyed: receipt.destroyed,
            navigationBlocked: navigate.defaultPrevented,
            popup: receipt.webContents.windowOpenHandler?.({ url: 'https://example.com/' }) ?? null,
          }
        : null,
    };
  }
}

app.emit('window-all-closed');
report.quitAfterClose = app.quitCalls;
app.emit('will-quit', new StandInEvent());
await settle();
writeFileSync(reportPath, JSON.stringify(report, null, 2));
// The retention timer would keep the process alive: the driver is done.
process.exit(0);
