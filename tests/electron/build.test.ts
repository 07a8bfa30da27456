// The Electron app bundles here even without its binary: main, preload and renderer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

describe('electron-vite build', () => {
  it('bundles main, preload and renderer, with native modules left outside the bundle', () => {
    // Built aside: the end-to-end tests read out/renderer at the same time.
    const out = mkdtempSync(join(tmpdir(), 'electron-build-'));
    try {
      execFileSync('npx', ['electron-vite', 'build', '--config', '.config/electron.vite.config.ts'], {
        cwd: PROJECT_ROOT,
        stdio: 'pipe',
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_VITE_OUT: out },
      });
      checkBundles(out);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});

function checkBundles(out: string): void {
  const main = readFileSync(join(out, 'main/main.main.js'), 'utf8');
  expect(main).toMatch(/from "electron"/);
  expect(main).toMatch(/from "better-sqlite3"/);
  const preload = readFileSync(join(out, 'preload/preload.preload.js'), 'utf8');
  expect(preload).toContain('hostApi');
  expect(preload).not.toMatch(/better-sqlite3|node:fs/);
  expect(existsSync(join(out, 'renderer/index.html'))).toBe(true);
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { main: string };
  expect(existsSync(join(out, pkg.main.replace(/^out\//, '')))).toBe(true);
}
