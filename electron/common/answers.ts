// Answers as the rules read them, shared by the host and the screens: the
// host stores only what `relevantAnswers` keeps, the screens ask the same way.
import { QUESTION_ORDER, type FactKey } from '../../rules/index.js';
import type { Answers } from './contract.js';

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
 * answer changed): an answer is kept only if the evaluation read it, that
 * is, only if removing it would bring its question back (the engine reads
 * every answer through `need`, which stops on a missing one). Nothing is
 * stored that the rules do not need, for one evaluation's price.
 */
export function relevantAnswers(answers: Answers, readFacts: readonly FactKey[]): Answers {
  let kept = answers;
  for (const key of QUESTION_ORDER)
    if (!readFacts.includes(key) && getAnswer(kept, key) !== undefined) kept = setAnswer(kept, key, undefined);
  return kept;
}
