// The case runner refuses a case that would check nothing: a typo in a key
// is otherwise read as "no expectation" and the row passes whatever the rules do.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCases } from './case-table.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function tableOf(yaml: string): () => unknown {
  dir = mkdtempSync(join(tmpdir(), 'case-table-'));
  writeFileSync(join(dir, 'table.yaml'), yaml);
  const folder = dir;
  return () => loadCases(folder);
}

describe('loadCases', () => {
  it('reads a well-formed row', () => {
    expect(tableOf('cases:\n  - { name: ok, facts: { titles: [cni] }, expect: { complete: false } }\n')()).toHaveLength(1);
  });
  it('refuses an unknown expect key', () => {
    expect(tableOf('cases:\n  - { name: typo, expect: { totalfee: 0 } }\n')).toThrow(/typo: unknown expect key totalfee/);
  });
  it('refuses an unknown key on a row: an unquoted comma in a flow name', () => {
    expect(tableOf('cases:\n  - { name: CNI loss, general, expect: { totalFee: 25 } }\n')).toThrow(/CNI loss: unknown key general/);
  });
  it('refuses an unknown key on the file', () => {
    expect(tableOf('bases: {}\ncases:\n  - { name: ok, expect: { complete: true } }\n')).toThrow(/unknown key bases/);
  });
  it('refuses a row that expects nothing', () => {
    expect(tableOf('cases:\n  - { name: empty, facts: { titles: [cni] } }\n')).toThrow(/empty: expects nothing/);
  });
});
