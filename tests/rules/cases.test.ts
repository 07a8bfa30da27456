import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseFacts } from '../../rules/index.js';
import { loadCases } from './case-table.js';
import { mismatches } from './expectations.js';

const cases = loadCases(fileURLToPath(new URL('./cases', import.meta.url)));

describe('case tables (tests/rules/cases/*.yaml)', () => {
  it('has a table large enough to cover RULES.md', () => expect(cases.length).toBeGreaterThan(150));
  it.each(cases.map((c) => [`${c.file}: ${c.name}`, c] as const))('%s', (_, c) => {
    const parsed = parseFacts(c.facts, '2026-06-15');
    if (c.error !== undefined) {
      expect(parsed.ok ? 'accepted' : parsed.error.field).toBe(c.error);
      return;
    }
    if (!parsed.ok) throw new Error(`facts refused: ${parsed.error.field}: ${parsed.error.message}`);
    expect(mismatches(evaluate(parsed.facts), c.expect ?? {})).toEqual([]);
  });
});
