import { describe, expect, it } from 'vitest';
import { evaluateTraced, parseFacts, type TracedEvaluation } from '../../rules/index.js';
import type { Answers } from '../../electron/common/contract.js';
import { relevantAnswers, setAnswer } from '../../electron/common/answers.js';
import { answerInVisit } from '../../renderer/visit/answers.js';
import { CHILD_OF_SEPARATED_PARENTS } from '../support/fixtures.js';

const traceFor = (answers: Answers): TracedEvaluation | null => {
  const parsed = parseFacts({ ...answers, today: '2026-06-15', territory: 'general' }, '2026-06-15');
  return parsed.ok ? evaluateTraced(parsed.facts) : null;
};
const prune = (answers: Answers): Answers => relevantAnswers(answers, traceFor(answers)!.readFacts);

describe('answers kept by the station', () => {
  it('sets and removes nested answers without touching the others', () => {
    const a = setAnswer({ titles: ['cni'] }, 'currentCni.status', 'held');
    expect(setAnswer(a, 'currentCni.expiry', '2030-01-01')).toEqual({
      titles: ['cni'],
      currentCni: { status: 'held', expiry: '2030-01-01' },
    });
    expect(setAnswer(a, 'currentCni.status', undefined)).toEqual({ titles: ['cni'] });
  });

  it('drops what no longer matters once an earlier answer changes: nothing is kept that the rules do not need', () => {
    const child: Answers = CHILD_OF_SEPARATED_PARENTS;
    expect(prune(child)).toEqual(child);
    // The birth date was a typo: an adult, whose parental authority no longer matters.
    const adult = prune(setAnswer(child, 'birthDate', '1984-01-01'));
    expect(adult.parentalAuthority).toBeUndefined();
    expect(adult).toEqual({ ...child, birthDate: '1984-01-01', parentalAuthority: undefined });
  });

  it('drops the passport state when the passport is no longer requested and nothing else reads it', () => {
    const renewal: Answers = { titles: ['passport'], birthDate: '1984-01-01', currentPassport: { status: 'held', expiry: '2030-01-01' } };
    const cniOnly = prune(setAnswer(setAnswer(renewal, 'titles', ['cni']), 'currentCni.status', 'held'));
    expect(cniOnly.currentPassport).toBeUndefined();
  });

  it('keeps what the agent typed for the whole visit: an earlier answer changed and changed back restores the later ones', () => {
    const child: Answers = CHILD_OF_SEPARATED_PARENTS;
    const adult = answerInVisit(child, 'birthDate', '1984-01-01', traceFor);
    expect(adult.stored.parentalAuthority).toBeUndefined(); // not stored: the rules do not need it
    expect(adult.typed.parentalAuthority).toBe('separated'); // but not forgotten
    const back = answerInVisit(adult.typed, 'birthDate', '2014-01-01', traceFor);
    expect(back.stored).toEqual(child);
  });

  it('loses nothing when arrow keys run through every answer of a radio group and back', () => {
    const renewal: Answers = {
      titles: ['passport'],
      birthDate: '1984-01-01',
      usageName: 'none',
      preApplication: false,
      residence: 'own',
      currentPassport: { status: 'held', expiry: '2028-01-01' },
    };
    let typed = renewal;
    let stored = renewal;
    for (const status of ['none', 'lost', 'stolen', 'held'] as const)
      ({ typed, stored } = answerInVisit(typed, 'currentPassport.status', status, traceFor));
    expect(stored).toEqual(renewal);
  });
});
