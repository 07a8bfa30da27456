// The domain reference's public worked examples (tests/rules/examples/), run
// through the real command line, as other programs drive it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../rules/index.js';
import { mismatches, unknownExpectKeys, type Expect } from './expectations.js';
import { PROJECT_ROOT, RULES_EXAMPLES } from '../support/paths.js';

const files = readdirSync(RULES_EXAMPLES).filter((f) => f.endsWith('.json'));

describe('worked examples, through `npm run -s rules -- evaluate -`', () => {
  it('finds the examples', () => expect(files.length).toBeGreaterThanOrEqual(9));
  it.each(files)('%s', (file) => {
    const example = JSON.parse(readFileSync(join(RULES_EXAMPLES, file), 'utf8')) as { facts: unknown; expect: Expect };
    expect(unknownExpectKeys(example.expect), 'expect keys that would check nothing').toEqual([]);
    const stdout = execFileSync('npm', ['run', '-s', 'rules', '--', 'evaluate', '-'], {
      cwd: PROJECT_ROOT,
      input: JSON.stringify(example.facts),
      encoding: 'utf8',
    });
    expect(mismatches(JSON.parse(stdout) as Evaluation, example.expect)).toEqual([]);
  });
});
