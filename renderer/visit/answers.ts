import { QUESTION_ORDER, type Evaluation, type FactKey } from '../../rules/index.js';
import type { Answers } from '../../electron/api/contract.js';

export function getAnswer(answers: Answers, key: FactKey): unknown {
  const [head, tail] = key.split('.') as [keyof Answers, string | undefined];
  const value = answers[head];
  return tail === undefined ? value : (value as Record<string, unknown> | undefined)?.[tail];
}

/** A copy of `answers` with `key` set (or removed when `value` is undefined). */
export function setAnswer(answers: Answers, key: FactKey, value: unknown): Answers {
  const [head, tail] = key.split('.') as [string, string | undefined];
  const next = { ...answers } as Record<string, unknown>;
  if (tail === undefined) {
    if (value === undefined) delete next[head];
    else next[head] = value;
  } else {
    const nested = { ...(next[head] as Record<string, unknown> | undefined) };
    if (value === undefined) delete nested[tail];
    else nested[tail] = value;
    if (Object.keys(nested).length === 0) delete next[head];
    else next[head] = nested;
  }
  return next as Answers;
}

/**
 * Drops the answers that no longer change the outcome (after an earlier
 * answer changed): an answer is kept only if removing it would bring its
 * question back. Nothing is stored that the rules do not need.
 */
export function relevantAnswers(answers: Answers, evaluateAnswers: (a: Answers) => Evaluation | null): Answers {
  let kept = answers;
  for (const key of QUESTION_ORDER) {
    if (getAnswer(kept, key) === undefined) continue;
    const without = setAnswer(kept, key, undefined);
    const evaluation = evaluateAnswers(without);
    if (evaluation && !evaluation.questions.includes(key)) kept = without;
  }
  return kept;
}

/**
 * One answer given at the counter. `typed` is everything the agent typed for
 * this applicant during the visit, kept whole; only `stored` is pruned. So an
 * earlier answer changed and changed back (an arrow key through a radio
 * group, a birth date corrected twice) brings the later answers back.
 */
export function answerInVisit(typed: Answers, key: FactKey, value: unknown, evaluateAnswers: (a: Answers) => Evaluation | null): { typed: Answers; stored: Answers } {
  const next = setAnswer(typed, key, value);
  return { typed: next, stored: relevantAnswers(next, evaluateAnswers) };
}

/** What the agent typed, with the stored answers over it (the stored ones are the latest the host accepted). */
export function mergeTyped(typed: Answers | undefined, stored: Answers): Answers {
  if (!typed) return stored;
  let merged = typed;
  for (const key of QUESTION_ORDER) {
    const value = getAnswer(stored, key);
    if (value !== undefined) merged = setAnswer(merged, key, value);
  }
  return merged;
}

/** The questions to show: those answered that still matter, and those still needed, in asking order. */
export function visibleQuestions(answers: Answers, evaluation: Evaluation): FactKey[] {
  return QUESTION_ORDER.filter((key) => key !== 'territory' && (getAnswer(answers, key) !== undefined || evaluation.questions.includes(key)));
}
