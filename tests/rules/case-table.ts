import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Expect } from './expectations.js';

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

export function loadCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const table = parse(readFileSync(join(dir, file), 'utf8')) as CaseFile;
      return table.cases.map((c) => ({
        file,
        name: c.name,
        facts: merge(table.base ?? {}, c.facts ?? {}),
        expect: c.expect,
        error: c.error,
      }));
    });
}
