// Where the mutation pass reads and writes, and the worked examples it runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Expect } from '../rules/expectations.js';
import { PROJECT_ROOT, RULES_EXAMPLES } from '../support/paths.js';

export const RULES_DIR = join(PROJECT_ROOT, 'rules');
export const CASES_DIR = join(PROJECT_ROOT, 'tests', 'rules', 'cases');
/** The case tables' caller clock, as in tests/rules/cases.test.ts. */
export const CASE_TODAY = '2026-06-15';
/** Under node_modules: ignored by git, lint and the test runner, and zod still resolves from there. */
export const MUTATION_WORK = join(PROJECT_ROOT, 'node_modules', '.cache', 'mutation');

export function readExamples(): { file: string; facts: unknown; expect: Expect }[] {
  return readdirSync(RULES_EXAMPLES)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(RULES_EXAMPLES, file), 'utf8')) as { facts: unknown; expect: Expect }) }));
}
