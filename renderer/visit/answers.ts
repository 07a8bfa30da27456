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

/** The questions to show: those answered that still matter, and those still needed, in asking order. */
export function visibleQuestions(answers: Answers, evaluation: Evaluation): FactKey[] {
  return QUESTION_ORDER.filter(
    (key) => key !== 'territory' && (getAnswer(answers, key) !== undefined || evaluation.questions.includes(key)),
  );
}
