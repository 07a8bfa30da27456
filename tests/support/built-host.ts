// The browser host built as `npm run build:host` builds it, but into a folder
// of the test's own: two test files run at once, and a rebuild of the shared
// out/browser-host (which the script empties first) pulled the chunks from
// under a host another file was running. The folder sits two levels under the
// project, as out/browser-host does, so the host finds out/renderer and
// node_modules the same way.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.js';

/** Builds the host for this file and returns its folder (the caller erases it with `rmSync` in its `afterAll`). */
export function buildPrivateHost(name: string): string {
  const relative = `out/test-host-${name}-${process.pid}`;
  const dir = join(PROJECT_ROOT, relative);
  const script = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[
    'build:host'
  ]!;
  if (!script.includes('out/browser-host'))
    throw new Error('build:host no longer names out/browser-host: update tests/support/built-host.ts');
  mkdirSync(dir, { recursive: true });
  execSync(script.replaceAll('out/browser-host', relative), { cwd: PROJECT_ROOT, stdio: 'inherit' });
  return dir;
}

/** Runs a built host (its folder, from buildPrivateHost) on a data folder, with no window. */
export function runBuiltHost(hostDir: string, dataDir: string) {
  const host = spawn(process.execPath, [join(hostDir, 'main.mjs')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DOSSIER_COMPLET_DATA: dataDir, NO_BROWSER: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  host.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  host.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => host.on('exit', (code) => resolve(code)));
  return {
    host,
    exited,
    output: () => ({ out, err }),
    /** The one-time address the host prints, once it prints it. */
    launchUrl: async () => {
      for (;;) {
        const match = /Adresse\u00a0: (http\S+)/.exec(out);
        if (match) return match[1]!;
        if (host.exitCode !== null) throw new Error(`host exited (${host.exitCode}): ${err}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop: async () => {
      if (host.exitCode === null) host.kill('SIGTERM');
      return exited;
    },
  };
}
