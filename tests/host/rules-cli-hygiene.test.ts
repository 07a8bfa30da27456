import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const run = (args: string[], input?: string | Buffer) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/cli/rules-cli.node.ts'), ...args], {
    cwd: PROJECT_ROOT,
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
};
/** Raw control bytes and bidi overrides, as a terminal would obey them. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('the rules command line at its boundary', () => {
  it('accepts a leading byte-order mark', () => {
    const { status, stdout } = run(['evaluate', '-'], '\uFEFF{"today": "2026-06-15", "titles": ["cni"]}');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty('questions');
  });

  it('refuses more than 1 MiB, from standard input or a file, in one line', () => {
    const big = `{"titles": ["cni"], "x": "${'a'.repeat(2 * 1024 * 1024)}"}`;
    const file = join(tempDir(), 'big.json');
    writeFileSync(file, big);
    for (const result of [run(['evaluate', '-'], big), run(['evaluate', file])]) {
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('input too large: more than 1048576 bytes\n');
    }
  });

  it.each([
    ['an escape sequence in a key', '{"\\u001b[2J\\u001b[31mpwned": 1}'],
    ['a line break in a key', '{"a\\nfake: line": 1}'],
    ['a right-to-left override in a key', '{"\\u202Eyek": 1}'],
    ['raw control bytes in invalid JSON', '{"a\u001b[2J'],
  ])('prints %s escaped, on one line, never raw', (_, input) => {
    const { status, stdout, stderr } = run(['evaluate', '-'], input);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.slice(0, -1)).not.toMatch(RAW);
    expect(stderr.slice(0, -1).split('\n')).toHaveLength(1);
    if (input.includes('\\u')) expect(stderr).toMatch(/\\u(001b|000a|202e)/);
  });
});
