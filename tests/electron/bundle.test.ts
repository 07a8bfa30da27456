// The built main bundle (what electron-builder packs) run under plain Node on
// a stand-in `electron` module (tests/electron/stand-in/): the driver acts as
// Electron would, through the API surface the shell uses, and this file says
// what must be observed. Runs everywhere, unlike the smoke test, which needs
// the Electron binary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHODS, type Settings } from '../../electron/common/contract.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { lockDataFolder, type DataLock } from '../../electron/services/store/data-lock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { PROJECT_ROOT } from '../support/paths.js';

const STAND_IN = join(PROJECT_ROOT, 'tests/electron/stand-in');

interface Served {
  status?: number;
  csp?: string | null;
  type?: string | null;
  body?: string;
  threw?: string;
}
interface Report {
  privilegedSchemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  quitCalls: number;
  exitCode: number | null;
  errorBoxes: Array<{ title: string; content: string }>;
  quitAfterClose: number;
  channels: string[];
  schemes: string[];
  mainWindow: {
    url: string;
    options: { kiosk?: boolean; webPreferences?: Record<string, unknown> };
    menuRemoved: boolean;
    visible: boolean;
  } | null;
  ipc: Record<string, { ok?: boolean; value?: unknown; error?: { code: string; message: string }; threw?: string; missing?: string }>;
  protocol: Record<string, Served>;
  navigation: Record<
    string,
    { verdicts: Record<string, { navigate: boolean; redirect: boolean }>; webviewBlocked: boolean; popup: unknown }
  >;
  permissions: { requested: Array<[string, boolean]>; checked: Array<[string, boolean]> | null; device: boolean | null };
  reloadBlocked: boolean;
  receipt?: {
    pdf: unknown;
    window: {
      options: { webPreferences?: Record<string, unknown> };
      destroyed: boolean;
      navigationBlocked: boolean;
      popup: unknown;
    } | null;
  };
}

let out: string;
const dataDirs: string[] = [];

/** Runs the driver on the built bundle, in a fresh data folder (with these settings, if any), and returns its report. */
function drive(env: Record<string, string> = {}, settings?: Settings, before?: (dataDir: string) => void): Report {
  const dataDir = mkdtempSync(join(tmpdir(), 'bundle-data-'));
  dataDirs.push(dataDir);
  before?.(dataDir);
  if (settings) {
    const store = SessionStore.open(join(dataDir, 'sessions.sqlite'));
    store.writeSettings(settings);
    store.close();
  }
  const reportPath = join(dataDir, 'report.json');
  execFileSync(
    process.execPath,
    ['--import', join(STAND_IN, 'register.js'), join(STAND_IN, 'drive.js'), join(out, 'main/main.main.js'), reportPath],
    {
      cwd: PROJECT_ROOT,
      stdio: 'pipe',
      timeout: 30_000,
      env: { ...process.env, DOSSIER_COMPLET_DATA: dataDir, DOSSIER_COMPLET_MODE: '', ...env },
    },
  );
  return JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'electron-bundle-'));
  execFileSync('npx', ['electron-vite', 'build', '--config', '.config/electron.vite.config.ts'], {
    cwd: PROJECT_ROOT,
    stdio: 'pipe',
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_VITE_OUT: out },
  });
}, 120_000);
afterAll(() => {
  for (const dir of [out, ...dataDirs]) rmSync(dir, { recursive: true, force: true });
});

describe('the built main bundle on a stand-in Electron', () => {
  let report: Report;
  beforeAll(() => {
    report = drive();
  }, 60_000);

  it('registers app:// as a privileged standard scheme before ready, and serves it after', () => {
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(report.schemes).toEqual(['app']);
    expect(report.quitCalls).toBe(0);
  });

  it('opens one locked window on app://bundle/index.html', () => {
    expect(report.mainWindow?.url).toBe('app://bundle/index.html');
    expect(report.mainWindow?.visible).toBe(true);
    expect(report.mainWindow?.options.kiosk).toBe(false);
    expect(report.mainWindow?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      webviewTag: false,
    });
  });

  it('handles every API method over IPC', () => {
    expect(report.channels).toEqual(METHODS.map((method) => `api:${method}`).sort());
  });

  it("answers the app's own window, and validates what it sends", () => {
    expect(report.ipc['ownWindow']).toEqual({ ok: true, value: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(report.ipc['ownWindowBadRequest']).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it.each(['ownIframe', 'ownWindowFrameGone', 'ownWindowNavigatedAway', 'otherWindow', 'otherWindowOnAppPage'])('refuses %s', (name) => {
    expect(report.ipc[name]).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/^Accès refusé/) } });
  });

  it('serves the page with its CSP', () => {
    const index = readFileSync(join(out, 'renderer/index.html'), 'utf8');
    for (const name of ['index', 'root']) {
      expect(report.protocol[name]).toMatchObject({ status: 200, body: index, type: expect.stringMatching(/^text\/html/) });
      expect(report.protocol[name]?.csp).toMatch(/default-src 'none'/);
    }
  });

  it.each([
    ['encodedDots', 404],
    ['encodedSlash', 404],
    ['encodedBoth', 404],
    ['deepEncodedSlash', 404],
    ['backslash', 404],
    ['nul', 404],
    ['badEncoding', 400],
    ['lookAlikeHost', 404],
    ['otherHost', 404],
    ['missing', 404],
    ['post', 405],
  ])('refuses %s with %i, serving nothing from outside the page', (name, status) => {
    const served = report.protocol[name];
    expect(served).toMatchObject({ status });
    expect(served?.body).not.toMatch(/import|root:/);
  });

  it.each(['main', 'other'])('locks the %s web contents: no navigation off the app, no webview, no popup', (name) => {
    const locked = report.navigation[name]!;
    for (const [url, verdict] of Object.entries(locked.verdicts)) {
      const allowed = url.startsWith('app://bundle/');
      expect({ url, ...verdict }).toEqual({ url, navigate: allowed, redirect: allowed });
    }
    expect(locked.webviewBlocked).toBe(true);
    expect(locked.popup).toEqual({ action: 'deny' });
  });

  // The station's own page may use the camera (the 2D-Doc reader, issue 17): a check from it for
  // media is granted; every other check, every request naming no page, and every device is refused.
  it('denies every permission request, check and device but the station page’s camera', () => {
    expect(report.permissions.requested.length).toBeGreaterThan(0);
    expect(report.permissions.requested.every(([, granted]) => !granted)).toBe(true);
    expect(report.permissions.checked).toEqual([
      ['media app://bundle', true],
      ['media https://example.com', false],
      ['clipboard-read app://bundle', false],
      ['hid app://bundle', false],
    ]);
    expect(report.permissions.device).toBe(false);
  });

  it('leaves a station its reload key, and quits when its window closes', () => {
    expect(report.reloadBlocked).toBe(false);
    expect(report.quitAfterClose).toBe(1);
  });
});

describe('a configured station printing a receipt', () => {
  it('renders it in a hidden window locked like the others, then destroys it', () => {
    const { receipt } = drive({ STAND_IN_RECEIPT: '1' }, STATION_SETTINGS);
    expect(receipt?.pdf).toBe('%PDF-');
    expect(receipt?.window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(receipt?.window?.options.webPreferences).not.toHaveProperty('preload');
    expect(receipt?.window).toMatchObject({ destroyed: true, navigationBlocked: true, popup: { action: 'deny' } });
  }, 60_000);
});

describe('a lobby kiosk', () => {
  it('opens fullscreen in kiosk mode, without menu or devtools, and swallows the reload key', () => {
    const kiosk = drive({}, { ...STATION_SETTINGS, mode: 'kiosk' });
    expect(kiosk.mainWindow).toMatchObject({
      menuRemoved: true,
      options: { kiosk: true, fullscreen: true, webPreferences: { devTools: false } },
    });
    expect(kiosk.reloadBlocked).toBe(true);
    expect(kiosk.ipc['ownWindow']).toMatchObject({ ok: true });
    // No camera on a kiosk, even for the app's own page.
    expect(kiosk.permissions.checked?.find(([name]) => name === 'media app://bundle')).toEqual(['media app://bundle', false]);
  }, 60_000);
});

describe('a second instance', () => {
  it('quits at once, opening no window and answering nothing', () => {
    const second = drive({ STAND_IN_SECOND_INSTANCE: '1' });
    expect(second).toMatchObject({ quitCalls: 1, channels: [], schemes: [], mainWindow: null });
  }, 60_000);
});

describe('a data folder another host holds', () => {
  it('shows the French reason in an error box and exits 1, opening no window and answering nothing', () => {
    let lock: DataLock | undefined;
    try {
      const refused = drive({}, STATION_SETTINGS, (dataDir) => (lock = lockDataFolder(dataDir)));
      expect(refused).toMatchObject({ exitCode: 1, channels: [], schemes: [], mainWindow: null });
      expect(refused.errorBoxes).toHaveLength(1);
      expect(refused.errorBoxes[0]!.content).toContain(`(processus ${process.pid})`);
    } finally {
      lock?.release();
    }
  }, 60_000);
});
