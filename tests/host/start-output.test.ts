// `npm start` on a machine without the Electron binary (ELECTRON_SKIP_BINARY_DOWNLOAD=1):
// a new user reads what happens, one line that Electron is absent and the browser host
// starts, never the `electron` package's download attempt and its stack.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../electron/services/electron-binary.node.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

describe('the Electron binary lookup', () => {
  it('answers null for a package without its binary, without trying to download it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir)).toBeNull();
    expect(electronBinary(tempDir())).toBeNull();
    expect(electronBinary(null)).toBeNull();
  });

  it('gives the binary where the package has it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/electron'), '');
    expect(electronBinary(dir)).toBe(join(dir, 'dist/electron'));
  });
});

describe.skipIf(electronBinary() !== null)('npm start without Electron', () => {
  it('says in one line that Electron is absent and the browser host starts, with no download or stack', async () => {
    // `npm start` itself: the renderer and host builds, then the host, until it prints its address. In a copy of
    // the project: its builds empty out/renderer and out/browser-host, which the files running beside this one serve.
    const copy = tempDir();
    cpSync(PROJECT_ROOT, copy, {
      recursive: true,
      filter: (source) => !/^(node_modules|out|tests|\.git)(\/|$)/.test(relative(PROJECT_ROOT, source)),
    });
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'));
    const start = spawn('npm', ['start'], {
      cwd: copy,
      env: { ...process.env, DOSSIER_COMPLET_DATA: tempDir(), NO_BROWSER: '1', DISPLAY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    start.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    start.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<void>((resolve) => start.on('exit', () => resolve()));
    try {
      await Promise.race([
        exited,
        (async () => {
          while (!/Adresse\u00a0: http/.test(output)) await new Promise((resolve) => setTimeout(resolve, 50));
        })(),
      ]);
    } finally {
      // The host is a grandchild (npm → tsx → node): end the whole group this test started.
      if (start.pid !== undefined && start.exitCode === null) process.kill(-start.pid, 'SIGTERM');
      await exited;
    }
    expect(output).toMatch(/Adresse\u00a0: http/);
    expect(output).not.toMatch(/Downloading|fetch failed|TypeError|Error:/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output.match(/Electron absent/g)).toHaveLength(1);
    expect(output).toContain('hôte navigateur (Electron absent sur ce poste)');
  }, 240_000);
});
