import type { FactKey } from '../../rules/index.js';
import { getAnswer } from '../../electron/common/answers.js';
import { isKioskQuestion } from '../../electron/common/messages/index.js';
import { DateEntry } from './DateEntry.js';
import { choiceMessage, DATE_KEYS, exampleMessage, kioskChoices, questionMessage, type KioskValue } from './kiosk-questions.js';
import type { Person } from './kiosk-state.js';
import { useT } from './use-t.js';

/** One question per screen: its step, progress, plain wording, an example, and big answers. */
export function QuestionScreen(props: {
  person: Person;
  questionKey: FactKey;
  remaining: number;
  /** From the engine: a minor is offered only what the law allows a minor. */
  adult: boolean | null;
  today: string | null;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onAnswer: (key: FactKey, value: KioskValue) => void;
}) {
  const t = useT();
  const { person, questionKey: key } = props;
  // The titles have their own screen and the territory is a setting: neither is worded as a question here.
  if (!isKioskQuestion(key)) return null;
  const step = person.history.length + 1;
  const label = t(questionMessage(key), { who: person.who });
  return (
    // data-question and data-value name the engine's key and value, for tests that answer in any language.
    <section data-question={key}>
      {/* The total is the engine's: questions answered plus those it still has to ask, so it can shrink as answers come. */}
      <p className="step">{t('nav.step', { current: step, total: step - 1 + props.remaining })}</p>
      <progress value={step - 1} max={step - 1 + props.remaining} aria-label={t('nav.progress')} />
      {DATE_KEYS.has(key) ? (
        <>
          <DateEntry
            key={key}
            label={label}
            heading={props.heading}
            example={t(exampleMessage(key), { who: person.who })}
            latest={key === 'birthDate' ? (props.today ?? undefined) : undefined}
            onDate={(date) => props.onAnswer(key, date)}
          />
        </>
      ) : (
        <>
          <h1 ref={props.heading} tabIndex={-1} className="question-label">
            {label}
          </h1>
          <p className="example">{t(exampleMessage(key), { who: person.who })}</p>
          <div className="choices">
            {kioskChoices(key, props.adult).map((value) => (
              <button
                key={String(value)}
                type="button"
                data-value={String(value)}
                aria-pressed={getAnswer(person.answers, key) === value}
                onClick={() => props.onAnswer(key, value)}
              >
                {t(choiceMessage(key, value), { who: person.who })}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
