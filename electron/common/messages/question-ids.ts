// The ids of the questions' messages, spelled from the engine's own table
// (FACT_DOMAINS): `q.<fact>` words the question, `q.<fact>.example` the
// kiosk's example, `q.<fact>.<value>` one answer of a choice, `answer.*` a
// yes, a no or a "don't know". The types list every id the screens can ask
// for, and index.ts types each catalog with them: a fact or a value without
// its message stops the build, naming the id.
import {
  FACT_DOMAINS,
  isPersonQuestion,
  QUESTION_ORDER,
  type ChoiceValue,
  type FactDomains,
  type FactKey,
  type PersonQuestion,
} from '../../../rules/index.js';

/** The station shows every fact the person answers, not its own settings (the territory); it still names one when the engine waits on it. */
export type StationQuestionKey = PersonQuestion;
/** The kiosk asks the titles on a screen of their own (`titles.*`), every other fact one per screen. */
export type KioskQuestionKey = Exclude<StationQuestionKey, 'titles'>;

/** The asked facts answered with one of the contract's words, each worded on its own (yes/no share `answer.*`). */
type WordedChoice = { [K in StationQuestionKey]: FactDomains[K] extends { kind: 'choice' } ? K : never }[StationQuestionKey];
/** `q.<fact>.<value>` for each value of each worded choice, and only those pairs. */
export type ChoiceId = { [K in WordedChoice]: `q.${K}.${ChoiceValue<K>}` }[WordedChoice];
export type AnswerId = 'answer.yes' | 'answer.no' | 'answer.unknown';

export type KioskQuestionId = `q.${KioskQuestionKey}` | `q.${KioskQuestionKey}.example` | ChoiceId | AnswerId;
export type StationQuestionId = `q.${FactKey}` | ChoiceId | AnswerId;

export const isKioskQuestion = (key: FactKey): key is KioskQuestionKey => isPersonQuestion(key) && key !== 'titles';

export const questionId = <K extends FactKey>(key: K): `q.${K}` => `q.${key}`;
export const exampleId = <K extends FactKey>(key: K): `q.${K}.example` => `q.${key}.example`;

/** Every `q.<fact>.<value>` of the table, built as ChoiceId is: what the guard below accepts. */
const CHOICE_IDS: ReadonlySet<string> = new Set(
  QUESTION_ORDER.filter(isPersonQuestion).flatMap((key) => {
    const domain: FactDomains[FactKey] = FACT_DOMAINS[key];
    return domain.kind === 'choice' ? domain.values.map((value) => `q.${key}.${value}`) : [];
  }),
);
/** Checked against the table, not assumed: the one place a built string becomes an id. */
const isChoiceId = (id: string): id is ChoiceId => CHOICE_IDS.has(id);

/**
 * The message of one answer: yes, no and "don't know" are shared, a
 * contract value has its own. A value the engine's table does not give
 * for that fact is refused here rather than shown as a raw id.
 */
export function choiceId(key: FactKey, value: string | boolean): ChoiceId | AnswerId {
  if (value === true) return 'answer.yes';
  if (value === false) return 'answer.no';
  if (value === 'unknown' && FACT_DOMAINS[key].kind === 'yes-no') return 'answer.unknown';
  const id = `q.${key}.${value}`;
  if (isChoiceId(id)) return id;
  throw new RangeError(`${JSON.stringify(value)} is not an answer the rules give for ${key}`);
}
