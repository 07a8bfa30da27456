import { describe, expect, it } from 'vitest';
import { factsSchema } from '../../rules/facts/parse.js';
import { evaluateAnswers } from '../../electron/common/applicant-evaluation.js';

// The settings' production delay reaches the engine as the fact
// `productionDelayDays` once the engine's facts know it; before, it is left
// out rather than make every evaluation fail on an unknown key.
describe('the station production delay', () => {
  const child = { titles: ['passport' as const], birthDate: '2008-08-01' };

  it('never makes the answers refused, whether the engine knows the fact or not', () => {
    expect(evaluateAnswers(child, '2026-06-15', '74', 45).ok).toBe(true);
    expect(evaluateAnswers(child, '2026-06-15', '74', null).ok).toBe(true);
  });

  it.runIf('productionDelayDays' in factsSchema.shape)(
    'is given to the engine when it knows the fact: a longer delay moves the retrieval dates',
    () => {
      const short = evaluateAnswers(child, '2026-06-15', '74', 0);
      const long = evaluateAnswers(child, '2026-06-15', '74', 180);
      expect(short.ok && long.ok).toBe(true);
      if (short.ok && long.ok) expect(JSON.stringify(long.evaluation.warnings)).not.toBe(JSON.stringify(short.evaluation.warnings));
    },
  );
});
