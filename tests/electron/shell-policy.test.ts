// The shell's decisions under Node, on a table of real URLs and senders:
// what Electron's glue would hand them, and what must come back.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY,
  blocksInput,
  bundleFile,
  isAppUrl,
  isTrustedSender,
  mainWindowOptions,
  mayGrantPermission,
  mayNavigate,
  receiptWindowOptions,
  windowOpenVerdict,
} from '../../electron/electron-main/shell-policy.node.js';

/** URLs the app must treat as its own. */
const OWN = [
  APP_ENTRY,
  'app://bundle/',
  'app://bundle/assets/index-abc.js',
  'app://bundle/index.html?x=1#top',
  'app://bundle/%2e%2e/index.html',
];
/** URLs that are not the app's, whatever they look like. */
const FOREIGN = [
  'app://bundle.evil/index.html',
  'app://evil/index.html',
  'app://bundle:8080/index.html',
  'app://user@bundle/index.html',
  'app://user:pw@bundle/index.html',
  'app://BUNDLE/index.html',
  'app:/bundle/index.html',
  'app:bundle/index.html',
  'app://evil.bundle/',
  'apps://bundle/index.html',
  'file:///etc/passwd',
  'file://bundle/index.html',
  'http://bundle/index.html',
  'https://example.com/',
  'http://127.0.0.1:8080/',
  'data:text/html,<p>x</p>',
  'about:blank',
  'about:srcdoc',
  'javascript:alert(1)',
  'blob:app://bundle/1234',
  'chrome://gpu',
  'devtools://devtools/bundled/inspector.html',
  'view-source:app://bundle/index.html',
  '',
  'index.html',
  '//bundle/index.html',
];

describe('isAppUrl and mayNavigate', () => {
  it.each(OWN)('%s is the app', (url) => {
    expect(isAppUrl(url)).toBe(true);
    expect(mayNavigate(url)).toBe(true);
  });
  it.each(FOREIGN)('%s is not the app, and no navigation goes there', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(mayNavigate(url)).toBe(false);
  });
  it('does not rely on URL.origin, which Node gives as "null" for a custom scheme', () => {
    expect(new URL(APP_ENTRY).origin).toBe('null');
    expect(new URL('app://bundle.evil/').origin).toBe('null');
  });
});

describe('isTrustedSender', () => {
  const window = 7;
  const cases: Array<[string, Parameters<typeof isTrustedSender>[0], number | null, boolean]> = [
    ['the window, top frame, on the app', { contentsId: 7, frameUrl: APP_ENTRY, isTopFrame: true }, window, true],
    ['the window on another app page', { contentsId: 7, frameUrl: 'app://bundle/other.html', isTopFrame: true }, window, true],
    ['another web contents on the app page', { contentsId: 8, frameUrl: APP_ENTRY, isTopFrame: true }, window, false],
    ['an iframe of the window (receipt preview)', { contentsId: 7, frameUrl: 'about:srcdoc', isTopFrame: false }, window, false],
    ['an app iframe inside the window', { contentsId: 7, frameUrl: APP_ENTRY, isTopFrame: false }, window, false],
    ['the window navigated to a web page', { contentsId: 7, frameUrl: 'https://example.com/', isTopFrame: true }, window, false],
    ['the window on a look-alike host', { contentsId: 7, frameUrl: 'app://bundle.evil/index.html', isTopFrame: true }, window, false],
    ['the window on file://', { contentsId: 7, frameUrl: 'file:///work/out/renderer/index.html', isTopFrame: true }, window, false],
    ['the window on data:', { contentsId: 7, frameUrl: 'data:text/html,x', isTopFrame: true }, window, false],
    ['a frame already gone', { contentsId: 7, frameUrl: null, isTopFrame: false }, window, false],
    ['before the window exists', { contentsId: 7, frameUrl: APP_ENTRY, isTopFrame: true }, null, false],
  ];
  it.each(cases)('%s', (_name, sender, appContentsId, trusted) => {
    expect(isTrustedSender(sender, appContentsId)).toBe(trusted);
  });
});

describe('bundleFile', () => {
  const root = '/opt/app/out/renderer';
  const get = (url: string, method = 'GET') => bundleFile({ url, method }, root);

  it.each([
    ['app://bundle/', '/opt/app/out/renderer/index.html', 'text/html; charset=utf-8'],
    [APP_ENTRY, '/opt/app/out/renderer/index.html', 'text/html; charset=utf-8'],
    ['app://bundle/assets/index-abc.js?v=2', '/opt/app/out/renderer/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://bundle/assets/index-abc.CSS', '/opt/app/out/renderer/assets/index-abc.CSS', 'text/css; charset=utf-8'],
    ['app://bundle/assets/caf%C3%A9.svg', '/opt/app/out/renderer/assets/café.svg', 'image/svg+xml'],
    ['app://bundle/%2e%2e/index.html', '/opt/app/out/renderer/index.html', 'text/html; charset=utf-8'],
    ['app://bundle/data.bin', '/opt/app/out/renderer/data.bin', 'application/octet-stream'],
  ])('%s serves %s', (url, file, contentType) => {
    expect(get(url)).toEqual({ ok: true, file, contentType });
  });

  it.each([
    ['app://bundle/..%2fmain%2fmain.main.js', 404],
    ['app://bundle/%2e%2e%2fmain/main.main.js', 404],
    ['app://bundle/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', 404],
    ['app://bundle/assets/..%2f..%2fmain/main.main.js', 404],
    ['app://bundle/..%5cmain%5cmain.main.js', 404],
    ['app://bundle/%2e%2e', 404],
    ['app://bundle/assets/%2e', 404],
    ['app://bundle/%2fetc%2fpasswd', 404],
    ['app://bundle//etc/passwd', 404],
    ['app://bundle/index.html%00.js', 404],
    ['app://bundle/C%3a%5cWindows', 404],
    ['app://bundle/assets/', 404],
    ['app://bundle/%E0%A4%A', 400],
    ['app://bundle/%', 400],
    ['app://bundle.evil/index.html', 404],
    ['app://evil/index.html', 404],
    ['app://bundle:1/index.html', 404],
    ['file:///etc/passwd', 404],
    ['not a url', 404],
  ])('%s is refused with %i', (url, status) => {
    const found = get(url);
    expect(found).toMatchObject({ ok: false, status });
  });

  it('refuses writes, and serves HEAD', () => {
    expect(get(APP_ENTRY, 'POST')).toMatchObject({ ok: false, status: 405 });
    expect(get(APP_ENTRY, 'HEAD')).toMatchObject({ ok: true });
  });

  it('keeps a Windows path inside the bundle too', () => {
    const winRoot = 'C:\\Program Files\\Dossier complet\\resources\\app.asar\\out\\renderer';
    expect(bundleFile({ url: 'app://bundle/assets/a.js', method: 'GET' }, winRoot, path.win32)).toEqual({
      ok: true,
      file: `${winRoot}\\assets\\a.js`,
      contentType: 'text/javascript; charset=utf-8',
    });
    for (const url of ['app://bundle/..%5c..%5cmain.js', 'app://bundle/C%3A%5Cwindows%5Cwin.ini', 'app://bundle/%5c%5cserver%5cshare']) {
      expect(bundleFile({ url, method: 'GET' }, winRoot, path.win32)).toMatchObject({ ok: false, status: 404 });
    }
  });
});

describe('windows, popups, permissions and keys', () => {
  it('locks the main window, and a kiosk or a packaged app has no devtools', () => {
    const station = mainWindowOptions({ kiosk: false, packaged: false, preload: '/p.js' });
    expect(station.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/p.js',
      devTools: true,
    });
    expect(station).toMatchObject({ kiosk: false, fullscreen: false });
    expect(mainWindowOptions({ kiosk: false, packaged: true, preload: '/p.js' }).webPreferences.devTools).toBe(false);
    const lobby = mainWindowOptions({ kiosk: true, packaged: false, preload: '/p.js' });
    expect(lobby).toMatchObject({ kiosk: true, fullscreen: true, webPreferences: { devTools: false } });
  });

  it('locks the receipt windows the same way, without a preload', () => {
    const receipt = receiptWindowOptions();
    expect(receipt.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(receipt.webPreferences).not.toHaveProperty('preload');
  });

  it('opens no window and grants no permission but the station page’s camera', () => {
    expect(windowOpenVerdict()).toEqual({ action: 'deny' });
    for (const permission of [
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'fullscreen',
      'openExternal',
      'hid',
      'usb',
      'serial',
      'unknown',
    ]) {
      expect(mayGrantPermission({ permission, requestingUrl: APP_ENTRY, kiosk: false })).toBe(false);
    }
  });

  it('grants the camera (video, never audio) to the station’s own page only, never on a kiosk', () => {
    const station = { permission: 'media', requestingUrl: APP_ENTRY, mediaTypes: ['video'], kiosk: false };
    expect(mayGrantPermission(station)).toBe(true);
    // A check names no media type (or one): it is answered for video alone.
    expect(mayGrantPermission({ ...station, mediaTypes: undefined })).toBe(true);
    expect(mayGrantPermission({ ...station, requestingUrl: 'app://bundle' })).toBe(true);
    expect(mayGrantPermission({ ...station, mediaTypes: ['audio'] })).toBe(false);
    expect(mayGrantPermission({ ...station, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(mayGrantPermission({ ...station, mediaTypes: [] })).toBe(false);
    expect(mayGrantPermission({ ...station, kiosk: true })).toBe(false);
    expect(mayGrantPermission({ ...station, requestingUrl: null })).toBe(false);
    // Node gives every custom scheme the origin "null": comparing origins would let these through.
    expect(new URL('other://bundle/index.html').origin).toBe(new URL(APP_ENTRY).origin);
    for (const requestingUrl of [
      ...FOREIGN,
      'other://bundle/index.html',
      'about:srcdoc',
      'about:blank',
      'null',
      '',
      'app://bundle.evil/',
    ]) {
      expect(mayGrantPermission({ ...station, requestingUrl }), requestingUrl).toBe(false);
    }
  });

  it('swallows escaping keys only in kiosk mode, on key down', () => {
    const reload = { type: 'keyDown', key: 'r', control: true, meta: false, alt: false, shift: false };
    expect(blocksInput(true, reload)).toBe(true);
    expect(blocksInput(false, reload)).toBe(false);
    expect(blocksInput(true, { ...reload, type: 'keyUp' })).toBe(false);
    expect(blocksInput(true, { ...reload, key: 'a', control: false })).toBe(false);
  });
});
