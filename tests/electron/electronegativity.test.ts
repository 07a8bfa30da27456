// Electronegativity on the app's sources, in `npm test`: any finding not in
// the reviewed allow-list (.config/electronegativity-allow.yml) fails the run,
// and so does an allow-list entry that is no longer found.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/paths.js';
import { electronegativity, type Finding } from './electronegativity-scan.js';

interface Entry {
  id: string;
  file: string;
  code: string;
  reason: string;
}
interface AllowList {
  excludedChecks: Array<{ check: string; reason: string }>;
  findings: Entry[];
}

const allow = parse(readFileSync(join(PROJECT_ROOT, '.config/electronegativity-allow.yml'), 'utf8')) as AllowList;
const electronVersion = (createRequire(join(PROJECT_ROOT, 'package.json'))('electron/package.json') as { version: string }).version;
const options = (base: string) => ({ electronVersion, excludedChecks: allow.excludedChecks.map((entry) => entry.check), base });

/** The app's code as Electronegativity should see it: the hosts, the API, the renderer, package.json. */
function appFiles(): string[] {
  const under = (dir: string, pattern: RegExp) =>
    (readdirSync(join(PROJECT_ROOT, dir), { recursive: true }) as string[])
      .filter((file) => pattern.test(file))
      .map((file) => join(PROJECT_ROOT, dir, file));
  return [...under('electron', /\.ts$/), ...under('renderer', /\.(ts|tsx|html)$/), join(PROJECT_ROOT, 'package.json')];
}

/** Whether a reviewed entry covers a finding: same check and file, and the flagged line holds the entry's code. */
function covers(entry: Entry, finding: Finding, base: string): boolean {
  if (entry.id !== finding.id || entry.file !== finding.file) return false;
  if (entry.code === '') return true;
  const line = finding.file === 'N/A' ? '' : (readFileSync(join(base, finding.file), 'utf8').split('\n')[finding.line - 1] ?? '');
  return line.includes(entry.code);
}

const unlisted = (findings: Finding[], base: string) =>
  findings
    .filter((finding) => !allow.findings.some((entry) => covers(entry, finding, base)))
    .map((f) => `${f.file}:${f.line} ${f.id}: ${f.description}`);

describe('Electronegativity', () => {
  it('finds nothing on the app that was not reviewed, and every review still applies', async () => {
    const scan = await electronegativity(appFiles(), options(PROJECT_ROOT));
    expect(scan.checks).toBeGreaterThan(30);
    expect(scan.errors).toEqual([]);
    expect(unlisted(scan.findings, PROJECT_ROOT)).toEqual([]);
    const stale = allow.findings.filter((entry) => !scan.findings.some((finding) => covers(entry, finding, PROJECT_ROOT)));
    expect(stale).toEqual([]);
  }, 60_000);

  it('gives a reason for every accepted finding and skipped check', () => {
    for (const entry of [...allow.findings, ...allow.excludedChecks]) expect(entry.reason?.length ?? 0).toBeGreaterThan(40);
  });

  it('fails on an insecure window (so the check above can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
    try {
      writeFileSync(
        join(dir, 'main.js'),
        [
          "const { BrowserWindow } = require('electron');",
          "new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } }).loadURL('http://example.com/');",
        ].join('\n'),
      );
      const scan = await electronegativity([join(dir, 'main.js')], options(dir));
      const found = unlisted(scan.findings, dir).join('\n');
      for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'HTTP_RESOURCES_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK'])
        expect(found).toContain(id);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
