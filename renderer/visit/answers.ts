import { QUESTION_ORDER, type Evaluation, type FactKey } from '../../rules/index.js';
import type { Answers } from '../../electron/common/contract.js';
import { getAnswer, relevantAnswers, setAnswer } from '../../electron/common/answers.js';

/**
 * One answer given at the counter. `typed` is everything the agent typed for
 * this applicant during the visit, kept whole; only `stored` is pruned. So an
 * earlier answer changed and changed back (an arrow key through a radio
 * group, a birth date corrected twice) brings the later answers back.
 */
export function answerInVisit(
  typed: Answers,
  key: FactKey,
  value: unknown,
  evaluateAnswers: (a: Answers) => Evaluation | null,
): { typed: Answers; stored: Answers } {
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
  return QUESTION_ORDER.filter(
    (key) => key !== 'territory' && (getAnswer(answers, key) !== undefined || evaluation.questions.includes(key)),
  );
}
