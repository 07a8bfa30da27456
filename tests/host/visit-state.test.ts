// Where a check stands, as the home list, the visit screen and the receipt
// all say it: one rule, on real evaluations of the engine.
import { describe, expect, it } from 'vitest';
import type { PieceStatus } from '../../electron/common/contract.js';
import { evaluateAnswers, evaluationOrNull } from '../../electron/common/applicant-evaluation.js';
import { stateOfApplicant, visitState, type CheckState } from '../../electron/common/visit-state.js';
import { PASSPORT_RENEWAL, PASSPORT_RENEWAL_PIECES } from '../support/fixtures.js';

const evaluated = (answers: Parameters<typeof evaluateAnswers>[0]) => {
  const result = evaluateAnswers(answers, '2026-06-15', '74', null);
  if (!result.ok) throw new Error(result.error.messageFr);
  return result.evaluation;
};
const checks = (statuses: Record<string, PieceStatus>) => ({ checks: statuses });
/** Every piece of the renewal ticked `status`, but those named in `except`. */
const all = (status: PieceStatus, ...except: string[]) =>
  Object.fromEntries(PASSPORT_RENEWAL_PIECES.filter((id) => !except.includes(id)).map((id) => [id, status]));

describe('stateOfApplicant', () => {
  const complete = evaluated(PASSPORT_RENEWAL);
  const open = evaluated({ titles: ['passport'] });

  it.each<[string, ReturnType<typeof evaluated> | null, Record<string, PieceStatus>, CheckState]>([
    ['answers that no longer evaluate', null, all('presented'), 'unfinished'],
    ['questions still open, every piece seen', open, all('presented'), 'unfinished'],
    ['every piece seen', complete, all('presented'), 'complete'],
    ['one piece not yet checked', complete, all('presented', 'photo'), 'to-check'],
    ['nothing checked yet', complete, {}, 'to-check'],
    ['one piece missing, another not checked', complete, { photo: 'missing' }, 'missing'],
    ['one piece missing, the rest seen', complete, { ...all('presented'), 'tax-stamp': 'missing' }, 'missing'],
  ])('%s: %s', (_case, evaluation, statuses, state) => {
    expect(stateOfApplicant(evaluation, checks(statuses))).toBe(state);
  });
});

describe('visitState', () => {
  it.each<[CheckState[], CheckState]>([
    [[], 'unfinished'],
    [['complete'], 'complete'],
    [['complete', 'to-check'], 'to-check'],
    [['to-check', 'missing', 'complete'], 'missing'],
    [['complete', 'missing', 'unfinished'], 'unfinished'],
    [['complete', 'complete'], 'complete'],
  ])('%j is %s: as far as its least advanced applicant', (states, state) => {
    expect(visitState(states)).toBe(state);
  });
});

describe('evaluationOrNull', () => {
  it('is null without a deposit date, as a screen has none while it loads', () => {
    expect(evaluationOrNull(PASSPORT_RENEWAL, null, '74')).toBeNull();
    expect(evaluationOrNull(PASSPORT_RENEWAL, undefined, '74')).toBeNull();
  });

  it('is null for answers the rules refuse, where evaluateAnswers says why', () => {
    const refused = { ...PASSPORT_RENEWAL, birthDate: '1850-01-01' };
    expect(evaluateAnswers(refused, '2026-06-15', '74', null).ok).toBe(false);
    expect(evaluationOrNull(refused, '2026-06-15', '74')).toBeNull();
  });

  it("is the engine's evaluation otherwise", () => {
    expect(evaluationOrNull(PASSPORT_RENEWAL, '2026-06-15', '74', null)).toEqual(evaluated(PASSPORT_RENEWAL));
  });
});
