import { QUESTION_ORDER, type Evaluation, type FactKey, type TracedEvaluation } from '../../rules/index.js';
import type { Answers } from '../../electron/common/contract.js';
import { getAnswer, relevantAnswers, setAnswer } from '../../electron/common/answers.js';

/**
 * One answer given at the counter. `typed` is everything the agent typed for
 * this applicant during the visit, kept whole; only `stored` is pruned. So an
 * earlier answer changed and changed back (an arrow key through a radio
 * group, a birth date corrected twice) brings the later answers back.
 *
 * The page prunes (one evaluation) rather than waiting for the host's
 * pruned answers because it shows `stored` at once, before the save
 * returns: a question made moot by this answer leaves the screen with the
 * click. The host prunes again with the evaluation it runs to validate, and
 * the visit it returns replaces this one. Answers the rules refuse are kept
 * whole: the host refuses them, naming the answer at fault.
 */
export function answerInVisit(
  typed: Answers,
  key: FactKey,
  value: unknown,
  traceAnswers: (a: Answers) => TracedEvaluation | null,
): { typed: Answers; stored: Answers } {
  const next = setAnswer(typed, key, value);
  const traced = traceAnswers(next);
  return { typed: next, stored: traced ? relevantAnswers(next, traced.readFacts) : next };
}

/** The questions to show: those answered that still matter, and those still needed, in asking order. */
export function visibleQuestions(answers: Answers, evaluation: Evaluation): FactKey[] {
  return QUESTION_ORDER.filter(
    (key) => key !== 'territory' && (getAnswer(answers, key) !== undefined || evaluation.questions.includes(key)),
  );
}
