import type { Evaluation, FactKey } from '../../rules/index.js';
import type { Answers } from '../../electron/api/contract.js';
import { ChoiceField, DateField, TitlesField, type TitleValue } from '../forms/fields.js';
import { STATION_QUESTIONS } from '../questions/station-questions.js';
import { getAnswer, visibleQuestions } from './answers.js';

/** The questions the engine still needs, with those already answered, each editable. */
export function QuestionsPanel(props: { answers: Answers; evaluation: Evaluation; onAnswer: (key: FactKey, value: unknown) => void }) {
  const keys = visibleQuestions(props.answers, props.evaluation);
  const pending = props.evaluation.questions.length;
  return (
    <section aria-labelledby="questions-title" className="panel">
      <h2 id="questions-title">Questions</h2>
      <p className="status" role="status">{pending === 0 ? 'Toutes les réponses utiles sont données.' : `${pending} question${pending > 1 ? 's' : ''} à poser.`}</p>
      {keys.map((key) => {
        if (key === 'territory') return null;
        const question = STATION_QUESTIONS[key];
        const value = getAnswer(props.answers, key);
        const waiting = props.evaluation.questions.includes(key);
        return (
          <div key={key} className={waiting ? 'question waiting' : 'question'} data-question={key}>
            {question.kind === 'titles' && <TitlesField value={value as TitleValue[] | undefined} onChange={(v) => props.onAnswer(key, v)} />}
            {question.kind === 'date' && <DateField name={key} label={question.label} value={value as string | undefined} onChange={(v) => props.onAnswer(key, v)} help={question.help} />}
            {question.kind === 'choice' && <ChoiceField name={key} label={question.label} choices={question.choices} value={value} help={question.help} onChange={(v) => props.onAnswer(key, v)} />}
          </div>
        );
      })}
    </section>
  );
}
