// Two hosts on one data folder: the lock, with real processes. The second
// refuses at once naming the first's pid; a lock left by a killed host is
// free again; a pid file naming some live process is not mistaken for a host.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFailureText } from '../../../electron/services/data-folder.node.js';
import { DataFolderBusy, LOCK_FILE, lockDataFolder, PID_FILE } from '../../../electron/services/store/data-lock.node.js';
import { PROJECT_ROOT } from '../../support/paths.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Another process holding the folder, as a running host does. */
async function holder(dataDir: string): Promise<ChildProcessWithoutNullStreams> {
  // node itself with tsx's loader: a SIGKILL then ends the holder, not a parent that leaves it running.
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'tests/host/faults/lock-holder.node.ts'), dataDir], {
    cwd: PROJECT_ROOT,
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited (${code})`)));
  });
  return child;
}

describe('one host per data folder', () => {
  it('refuses a second host at once, naming the first one’s pid in French', async () => {
    const dataDir = tempDir();
    const first = await holder(dataDir);
    const started = Date.now();
    let refused: unknown;
    try {
      lockDataFolder(dataDir).release();
    } catch (error) {
      refused = error;
    }
    expect(Date.now() - started).toBeLessThan(1000); // at once: no 5 s busy wait
    expect(refused).toBeInstanceOf(DataFolderBusy);
    expect((refused as DataFolderBusy).holderPid).toBe(first.pid);
    const text = await startFailureText(refused);
    expect(text).toContain(`processus ${first.pid}`);
    expect(text).toMatch(/^Dossier complet est déjà ouvert sur ce poste/);
    // The lock and pid files are the app's data: private.
    expect(statSync(join(dataDir, LOCK_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, PID_FILE)).mode & 0o777).toBe(0o600);
  });

  it('takes over a lock left by a host killed with SIGKILL (its pid file names a dead process)', async () => {
    const dataDir = tempDir();
    const first = await holder(dataDir);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.on('exit', resolve));
    expect(readFileSync(join(dataDir, PID_FILE), 'utf8').trim()).toBe(String(first.pid));
    const lock = lockDataFolder(dataDir);
    expect(readFileSync(join(dataDir, PID_FILE), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dataDir, PID_FILE))).toBe(false);
  });

  it('is not fooled by a pid file naming a live process that holds nothing (a reused pid)', () => {
    const dataDir = tempDir();
    // pid 1 is alive on any machine; a pid-only check would refuse here forever.
    writeFileSync(join(dataDir, PID_FILE), '1\n');
    const lock = lockDataFolder(dataDir);
    expect(readFileSync(join(dataDir, PID_FILE), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('is taken again by the same process (the browser host takes it before its services do)', async () => {
    const dataDir = tempDir();
    const outer = lockDataFolder(dataDir);
    const inner = lockDataFolder(dataDir);
    inner.release();
    // Still held: the outer holder has not let go.
    const second = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'tests/host/faults/lock-holder.node.ts'), dataDir], {
      cwd: PROJECT_ROOT,
    });
    children.push(second);
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).not.toBe(0);
    outer.release();
    await holder(dataDir); // free now
  });
});
