// Tagged "electron": needs the Electron binary, which only a release machine
// (with internet) downloads. Elsewhere it is skipped, saying why.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinary } from '../../electron/services/electron-binary.node.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { STATION_SETTINGS } from '../support/fixtures.js';

const binary = electronBinary();
const reason = binary
  ? ''
  : ' — SKIPPED: the Electron binary is absent (ELECTRON_SKIP_BINARY_DOWNLOAD=1); run `npm ci` with internet access to enable';

describe.skipIf(!binary)(`Electron smoke test [electron]${reason}`, () => {
  let app: ElectronApplication;
  const dataDir = mkdtempSync(join(tmpdir(), 'electron-smoke-'));
  const invoke = (method: string, request: unknown) =>
    app
      .firstWindow()
      .then((page) =>
        page.evaluate(
          ([m, r]) => (window as unknown as { hostApi: { invoke(m: string, r: unknown): Promise<unknown> } }).hostApi.invoke(m, r),
          [method, request] as const,
        ),
      );

  beforeAll(async () => {
    execFileSync('npx', ['electron-vite', 'build', '--config', '.config/electron.vite.config.ts'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    app = await _electron.launch({ executablePath: binary!, args: [PROJECT_ROOT], env: { ...process.env, DOSSIER_COMPLET_DATA: dataDir } });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the window on the app:// protocol with the page isolated from Node', async () => {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/bundle\//);
    const globals = await page.evaluate(() => [
      typeof (window as unknown as { require?: unknown }).require,
      typeof (window as unknown as { process?: unknown }).process,
      typeof (window as unknown as { hostApi?: { invoke?: unknown } }).hostApi?.invoke,
    ]);
    expect(globals).toEqual(['undefined', 'undefined', 'function']);
    expect(await page.evaluate(() => document.querySelector('meta[name="api-token"]'))).toBeNull();
  });

  it('round-trips the API and renders a receipt to PDF', async () => {
    expect(await invoke('saveSettings', { settings: STATION_SETTINGS })).toMatchObject({ ok: true });
    const started = (await invoke('startVisit', {})) as { ok: true; value: { reference: string } };
    const pdf = (await invoke('receiptPdf', { reference: started.value.reference })) as { ok: true; value: { base64: string } };
    expect(Buffer.from(pdf.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an API call from another window', async () => {
    const answer = await app.evaluate(async ({ app: electronApp, BrowserWindow }) => {
      const preload = `${electronApp.getAppPath()}/out/preload/preload.preload.js`;
      const other = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
      await other.loadURL('data:text/html,<p>autre</p>');
      const result = await other.webContents.executeJavaScript("window.hostApi.invoke('getToday', {})");
      other.destroy();
      return result;
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
