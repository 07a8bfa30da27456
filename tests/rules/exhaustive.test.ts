import { describe, expect, it } from 'vitest';
import { evaluate } from '../../rules/index.js';
import { completeDossiers, SPACE_SIZE } from './space.js';
import { brokenInvariants } from './invariants.js';

describe('every complete dossier of the threshold space', () => {
  it(`holds the invariants on all ${SPACE_SIZE} combinations`, () => {
    let count = 0;
    const failures: string[] = [];
    for (const facts of completeDossiers()) {
      count += 1;
      const broken = brokenInvariants(facts, evaluate(facts));
      if (broken.length > 0 && failures.length < 5) failures.push(`${JSON.stringify(facts)}: ${broken.join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(count).toBe(SPACE_SIZE);
    expect(count).toBeGreaterThanOrEqual(100_000);
  });
});
