import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();

/** The database and WAL sizes: if they still change after the kill, some process is still writing. */
function fileSizes(file: string): number[] {
  return [file, `${file}-wal`].map((f) => (existsSync(f) ? statSync(f).size : -1));
}

describe('a process killed with SIGKILL in the middle of writes', () => {
  it('leaves a database that passes integrity_check with every acknowledged write', async () => {
    const file = join(tempDir(), 'sessions.sqlite');
    SessionStore.open(file).close();
    // One process, node itself with tsx's loader: the tsx command would fork the writer into a
    // grandchild that a SIGKILL to its parent leaves running.
    const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'tests/host/crash/writer.node.ts'), file], {
      cwd: PROJECT_ROOT,
    });
    const acknowledged: string[] = [];
    let buffer = '';
    // Ended whatever fails first (a writer that never acknowledges 300 writes would run on).
    const ended = new Promise((resolve) => child.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          const lines = buffer.split('\n');
          buffer = lines.pop()!;
          acknowledged.push(...lines);
          if (acknowledged.length >= 300 && !child.killed) child.kill('SIGKILL');
        });
        child.on('exit', (code, signal) =>
          signal === 'SIGKILL' ? resolve() : reject(new Error(`writer ended without being killed (${code ?? signal})`)),
        );
      });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await ended;
    }

    const afterKill = fileSizes(file);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fileSizes(file)).toEqual(afterKill);
    const db = new Database(file, { readonly: false });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const stored = new Set((db.prepare('SELECT reference FROM visits').all() as { reference: string }[]).map((r) => r.reference));
    expect(acknowledged.filter((ref) => !stored.has(ref))).toEqual([]);
    const orphanChecks = db
      .prepare('SELECT COUNT(*) AS n FROM applicants a LEFT JOIN piece_checks c ON c.applicant_id = a.id WHERE c.applicant_id IS NULL')
      .get() as { n: number };
    expect(orphanChecks.n).toBeLessThanOrEqual(1); // at most the visit being written when killed
    db.close();
  });
});
