// Power cuts, many times over: a host killed with SIGKILL at a random
// instant while it migrates an older schema, purges in one transaction, or
// writes visits. After each run the database opens, passes integrity_check,
// holds every acknowledged write, and its schema is one version whole (the
// tables of exactly its user_version), never half a migration. The child is
// bundled once by esbuild so a run costs a Node start, not a TypeScript load.
import Database from 'better-sqlite3';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../electron/services/store/migrations/index.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { PROJECT_ROOT } from '../support/paths.js';

const RUNS = 204;
const PARALLEL = 4;
const OLD_VISITS = 1500;
/** The tables each schema version has, whole. */
const TABLES: Record<number, string[]> = {
  0: [],
  1: ['applicants', 'piece_checks', 'visits'],
  2: ['applicants', 'piece_checks', 'settings', 'visits'],
  3: ['applicants', 'piece_checks', 'settings', 'visits'],
  4: ['applicants', 'clock_mark', 'piece_checks', 'settings', 'visits'],
};

let dir = '';
let child = '';
let v1 = '';
let old = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-complet-power-'));
  // Inside the project, so that the bundle resolves better-sqlite3 from its node_modules.
  child = join(PROJECT_ROOT, 'out/test-power-cut', `power-cut-${process.pid}.mjs`);
  execFileSync(
    join(PROJECT_ROOT, 'node_modules/.bin/esbuild'),
    [
      join(PROJECT_ROOT, 'tests/host/crash/power-cut.node.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      '--external:better-sqlite3',
      `--outfile=${child}`,
      '--log-level=warning',
    ],
    { cwd: PROJECT_ROOT },
  );
  // An older schema with a day of visits: what an update finds.
  v1 = join(dir, 'v1.sqlite');
  const db = new Database(v1);
  db.pragma('journal_mode = WAL');
  migrate(db, 1);
  const insert = db.prepare(
    "INSERT INTO visits (reference, created_at, deposit_date, mode) VALUES (?, '2026-06-15T07:00:00.000Z', '2026-06-15', 'station')",
  );
  db.transaction(() => {
    for (let i = 0; i < 300; i += 1) insert.run(`OLD-${i}`);
  })();
  db.close();
  // The current schema with many visits past their retention: a purge long enough to be cut.
  old = join(dir, 'old.sqlite');
  const store = SessionStore.open(old);
  for (let i = 0; i < OLD_VISITS; i += 1) {
    const reference = `EXP-${i}`;
    store.createVisit({ reference, createdAt: '2026-05-01T08:00:00.000Z', depositDate: '2026-05-01', mode: 'station' });
    store.addApplicant(reference, { titles: ['cni'], birthDate: '1990-01-01' });
  }
  store.close();
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(child, { force: true });
});

type Outcome = { version: number; acknowledged: number; purged: boolean; killedAfter: string; signal: string | null };

/** One run: a fresh copy, the child killed at a random instant after it says "open"; returns what was found. */
async function run(index: number): Promise<Outcome> {
  const mode = index % 2 === 0 ? 'write' : 'purge';
  const file = join(dir, `run-${index}.sqlite`);
  copyFileSync(mode === 'write' ? v1 : old, file);
  const proc = spawn(process.execPath, [child, mode, file, `R${index}`], { cwd: PROJECT_ROOT });
  const lines: string[] = [];
  let buffer = '';
  // Where to cut: soon after the open (the migration), soon after the purge began, or after the k-th acknowledged write.
  const trigger = ['open', 'migrated', `ack R${index}-${Math.floor(Math.random() * 20)}`][index % 3]!;
  const delay = Math.random() * 15;
  let signal: string | null = null;
  await new Promise<void>((resolve) => {
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        if (line === trigger || (line.startsWith('ack ') && trigger === 'open')) setTimeout(() => proc.kill('SIGKILL'), delay);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    proc.on('exit', (_code, killedBy) => {
      signal = killedBy;
      resolve();
    });
  });
  const db = new Database(file, { fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(tables).toEqual(TABLES[version]);
    const stored = new Set((db.prepare('SELECT reference FROM visits').all() as { reference: string }[]).map((r) => r.reference));
    const acknowledged = lines.filter((line) => line.startsWith('ack ')).map((line) => line.slice(4));
    expect(acknowledged.filter((reference) => !stored.has(reference))).toEqual([]);
    const expired = [...stored].filter((reference) => reference.startsWith('EXP-')).length;
    const purged = lines.some((line) => line.startsWith('purged '));
    if (mode === 'purge') {
      // One transaction: all the expired visits, or none; once acknowledged, none.
      expect(purged ? [0] : [0, OLD_VISITS]).toContain(expired);
    } else {
      expect([...stored].filter((reference) => reference.startsWith('OLD-'))).toHaveLength(300);
    }
    return { version, acknowledged: acknowledged.length, purged, killedAfter: lines.at(-1) ?? '(nothing)', signal };
  } finally {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}

describe('power cuts during a write, a migration or a purge', () => {
  it(`${RUNS} SIGKILLs at random instants: every database whole, every acknowledged write kept`, async () => {
    const started = Date.now();
    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (next < RUNS) outcomes.push(await run(next++));
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const versions = outcomes.reduce<Record<number, number>>((count, o) => ({ ...count, [o.version]: (count[o.version] ?? 0) + 1 }), {});
    const cutPurges = outcomes.filter((o, i) => i % 2 === 1 && !o.purged).length;
    // Printed for the report: where the kills landed.
    console.log(
      `power cuts: ${outcomes.length} runs in ${seconds.toFixed(1)} s; schema versions after the cut ${JSON.stringify(versions)}; ` +
        `${outcomes.filter((o) => o.acknowledged > 0).length} runs with acknowledged writes; ${cutPurges} purge runs cut before the purge was acknowledged`,
    );
    expect(outcomes).toHaveLength(RUNS);
    // Every run was cut by the kill, not ended by an error of its own; and the cuts landed across the work.
    expect(outcomes.filter((o) => o.signal !== 'SIGKILL')).toEqual([]);
    expect(outcomes.filter((o) => o.acknowledged > 0).length).toBeGreaterThan(RUNS / 4);
    expect(outcomes.filter((o) => o.purged).length).toBeGreaterThan(0);
    expect(versions[MIGRATIONS.length] ?? 0).toBeGreaterThan(RUNS / 2);
  }, 240_000);
});
