// Every decision the Electron shell takes, as plain functions of plain data,
// so they run and are tested under Node without the Electron binary. The
// `*.main.ts` glue only reads Electron's objects into these shapes and
// applies the verdicts.
import path from 'node:path';
import { isBlockedInKiosk, type KeyInput } from '../common/kiosk-shortcuts.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
/** The one page the shell ever opens. */
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether a URL is one of the app's own: app://bundle/, nothing else. Compared
 * by protocol and host, because Node's URL gives a custom scheme the origin
 * "null" (so comparing origins refuses everything, the app included).
 */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

/** What the glue reads of an IPC event: which web contents sent it, from which frame. */
export interface Sender {
  contentsId: number;
  /** The sending frame's URL, or null when the frame is gone (navigated or destroyed). */
  frameUrl: string | null;
  /** Whether the sending frame is its page's top frame (not an iframe). */
  isTopFrame: boolean;
}

/**
 * The API answers only the app's own window, from its top frame, on the app's
 * own page. An iframe (the receipt preview), another window, or a frame that
 * has navigated away is refused.
 */
export function isTrustedSender(sender: Sender, appContentsId: number | null): boolean {
  return (
    appContentsId !== null &&
    sender.contentsId === appContentsId &&
    sender.isTopFrame &&
    sender.frameUrl !== null &&
    isAppUrl(sender.frameUrl)
  );
}

/** A navigation (link, form, script, redirect) may only stay on the app's own pages. */
export function mayNavigate(url: string): boolean {
  return isAppUrl(url);
}

/** No page may open a window: the app has one, and the receipts' are opened by the main process. */
export function windowOpenVerdict(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * What the glue reads of a permission request or check: the permission's
 * name, the URL of the frame asking (Electron's `requestingUrl`, or the
 * check's `requestingOrigin`), the media types asked for (a request says
 * them; a check does not, and is answered for the video it may grant), and
 * whether the app is a kiosk now.
 */
export interface PermissionAsk {
  permission: string;
  requestingUrl: string | null;
  mediaTypes?: readonly string[];
  kiosk: boolean;
}

/**
 * The one permission the app ever grants: the station's webcam, to read a
 * 2D-Doc (issue 17). Video only, never audio; only the app's own page
 * (compared by scheme and host through isAppUrl, since a custom scheme's
 * URL origin is "null" and would match any other "null"); never on a kiosk,
 * where a citizen stands in front of the screen. Everything else (microphone,
 * location, notifications, clipboard, MIDI, USB...) is refused.
 */
export function mayGrantPermission(ask: PermissionAsk): boolean {
  if (ask.permission !== 'media' || ask.kiosk || ask.requestingUrl === null) return false;
  if (!isAppUrl(ask.requestingUrl)) return false;
  const types = ask.mediaTypes ?? ['video'];
  return types.length > 0 && types.every((type) => type === 'video');
}

/** In kiosk mode, the keys that would let a citizen escape or break the kiosk are swallowed. */
export function blocksInput(kiosk: boolean, input: KeyInput & { type: string }): boolean {
  return kiosk && input.type === 'keyDown' && isBlockedInKiosk(input);
}

/** The security settings every window gets, written out even where Electron's defaults agree. */
const LOCKED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  // A middle click would open a link in a new window (denied anyway): not even the event.
  disableBlinkFeatures: 'Auxclick',
} as const;

/** The app's window: a kiosk is fullscreen with no menu and no devtools; a packaged app has no devtools either. */
export function mainWindowOptions(options: { kiosk: boolean; packaged: boolean; preload: string }) {
  return {
    width: 1366,
    height: 900,
    show: false,
    autoHideMenuBar: true,
    fullscreen: options.kiosk,
    kiosk: options.kiosk,
    title: 'Dossier complet',
    webPreferences: { ...LOCKED_PREFERENCES, preload: options.preload, devTools: !options.kiosk && !options.packaged },
  };
}

/** A hidden receipt window: no preload (it calls nothing), no devtools; scripts only to measure the receipt's height. */
export function receiptWindowOptions() {
  return { show: false, webPreferences: { ...LOCKED_PREFERENCES, devTools: false, javascript: true } };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // The 2D-Doc camera decoder: served with its type, so the page may compile it while it streams.
  '.wasm': 'application/wasm',
};

/** Which file of the renderer bundle an app:// request names, or why it is refused. */
export type BundleFile = { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 404 | 405; reason: string };

const refuse = (status: 400 | 404 | 405, reason: string): BundleFile => ({ ok: false, status, reason });

/**
 * The file an app://bundle/... request names under `root`. Each path segment
 * is decoded on its own, and a segment that decodes to a separator, a dot
 * segment, a NUL or a drive colon is refused: `%2e%2e`, `..%2f` and `..%5c`
 * never climb out of the bundle. The result is checked to lie under `root`
 * again, as a second wall. `paths` is Node's path module (win32 in tests).
 */
export function bundleFile(request: { url: string; method: string }, root: string, paths: path.PlatformPath = path): BundleFile {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, `method ${request.method} not allowed`);
  const url = parse(request.url);
  if (!url || !isAppUrl(request.url)) return refuse(404, `not an ${APP_SCHEME}://${APP_HOST}/ URL`);
  const raw = url.pathname === '/' ? ['index.html'] : url.pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const segment of raw) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return refuse(400, `bad percent-encoding in ${JSON.stringify(segment)}`);
    }
    if (decoded === '' || decoded === '.' || decoded === '..' || /[/\\\0:]/.test(decoded))
      return refuse(404, `segment ${JSON.stringify(segment)} refused`);
    segments.push(decoded);
  }
  const file = paths.join(root, ...segments);
  const relative = paths.relative(root, file);
  if (relative === '' || relative.startsWith('..') || paths.isAbsolute(relative)) return refuse(404, 'outside the bundle');
  return { ok: true, file, contentType: CONTENT_TYPES[paths.extname(file).toLowerCase()] ?? 'application/octet-stream' };
}

/** The headers of every app:// response: the app's CSP, no sniffing, no referrer. */
export function bundleHeaders(contentType: string, csp: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}
