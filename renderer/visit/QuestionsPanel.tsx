import type { Evaluation, FactKey, Title } from '../../rules/index.js';
import type { Answers } from '../../electron/common/contract.js';
import { ChoiceField, DateField, TitlesField } from '../forms/fields.js';
import { questionLabel, stationQuestion } from '../questions/station-questions.js';
import { useStationText } from '../station-text.js';
import { getAnswer } from '../../electron/common/answers.js';
import { visibleQuestions } from './answers.js';
import { withFigures } from '../../electron/common/figure-values.js';

/** The questions the engine still needs, with those already answered, each editable. */
export function QuestionsPanel(props: {
  answers: Answers;
  evaluation: Evaluation;
  /** The deposit date: the figures the questions state are those in force then. */
  today: string;
  onAnswer: (key: FactKey, value: unknown) => void;
  /** Enter on a question: the focus goes on to the next open one. */
  onAccept?: () => void;
}) {
  const t = withFigures(useStationText(), props.today);
  const keys = visibleQuestions(props.answers, props.evaluation);
  const pending = props.evaluation.questions.length;
  return (
    <section aria-labelledby="questions-title" className="panel">
      <h2 id="questions-title">{t('questions.title')}</h2>
      <p className="status" role="status">
        {pending === 0 ? t('questions.done') : t('questions.pending', { count: pending })}
      </p>
      {keys.map((key) => {
        if (key === 'territory') return null;
        const question = stationQuestion(key, props.evaluation.applicant.adult);
        const value = getAnswer(props.answers, key);
        return (
          <div key={key} className={props.evaluation.questions.includes(key) ? 'question waiting' : 'question'} data-question={key}>
            {question.kind === 'titles' && (
              <TitlesField value={value as Title[] | undefined} onChange={(v) => props.onAnswer(key, v)} onAccept={props.onAccept} />
            )}
            {question.kind === 'date' && (
              <DateField
                name={key}
                label={t(questionLabel(key))}
                value={value as string | undefined}
                onChange={(v) => props.onAnswer(key, v)}
                onAccept={props.onAccept}
              />
            )}
            {question.kind === 'choice' && (
              <ChoiceField
                name={key}
                label={t(questionLabel(key))}
                choices={question.choices.map((c) => ({ value: c.value, label: t(c.label) }))}
                value={value}
                help={question.help && t(question.help)}
                onChange={(v) => props.onAnswer(key, v)}
                onAccept={props.onAccept}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
