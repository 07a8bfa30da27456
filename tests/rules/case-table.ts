import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { unknownExpectKeys, type Expect } from './expectations.js';

/** One row of a case table: facts (over the file's `base`) and what the evaluation must show. */
export interface Case {
  file: string;
  name: string;
  facts: Record<string, unknown>;
  expect?: Expect;
  /** For invalid input: the field the error must name. */
  error?: string;
}

interface CaseFile {
  base?: Record<string, unknown>;
  cases: { name: string; facts?: Record<string, unknown>; expect?: Expect; error?: string }[];
}

/** Nested objects (currentCni, currentPassport) merge key by key; `null` removes a key. */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === null) delete out[key];
    else if (typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object') {
      out[key] = merge(out[key] as Record<string, unknown>, value as Record<string, unknown>);
    } else out[key] = value;
  }
  return out;
}

const FILE_KEYS = ['base', 'cases'];
const CASE_KEYS = ['name', 'facts', 'expect', 'error'];

/** A key the runner does not read checks nothing, so a typo would pass silently: refuse it. */
function refuseUnknown(where: string, block: object, known: readonly string[]): void {
  const unknown = Object.keys(block).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown key ${unknown.join(', ')} (known: ${known.join(', ')})`);
}

/** One case, refused when a key of its own or of its `expect` block would check nothing, or when it checks nothing at all. */
function checked(file: string, c: CaseFile['cases'][number]): CaseFile['cases'][number] {
  const where = `${file}: ${c.name}`;
  refuseUnknown(where, c, CASE_KEYS);
  const unknown = unknownExpectKeys(c.expect ?? {});
  if (unknown.length > 0) throw new Error(`${where}: unknown expect key ${unknown.join(', ')}`);
  if (c.error === undefined && Object.keys(c.expect ?? {}).length === 0) throw new Error(`${where}: expects nothing`);
  return c;
}

export function loadCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const table = parse(readFileSync(join(dir, file), 'utf8')) as CaseFile;
      refuseUnknown(`${file}`, table, FILE_KEYS);
      return table.cases
        .map((c) => checked(file, c))
        .map((c) => ({
          file,
          name: c.name,
          facts: merge(table.base ?? {}, c.facts ?? {}),
          expect: c.expect,
          error: c.error,
        }));
    });
}
