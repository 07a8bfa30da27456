// How the kiosk asks each fact, built from the engine's table
// (FACT_DOMAINS): a date on the keypad, or big buttons for the values the
// contract gives ("unknown" only where it allows it), none the rules refuse
// for this person. Only the order is the kiosk's own.
import { FACT_DOMAINS, QUESTION_ORDER, type FactKey } from '../../rules/index.js';
import { choiceId, exampleId, questionId, type KioskQuestionKey, type MessageId } from '../../electron/common/messages/index.js';
import { orderedChoices, type FirstChoices } from '../questions/choice-order.js';

export type KioskValue = string | boolean;

/** The questions a date answers, typed on the keypad. */
export const DATE_KEYS: ReadonlySet<FactKey> = new Set(QUESTION_ORDER.filter((key) => FACT_DOMAINS[key].kind === 'date'));

/** The usual answer first: a document one has, the bank-card format (every card made since 2021). */
const FIRST: FirstChoices = { 'currentCni.status': ['held'], 'currentCni.format': ['card'], 'currentPassport.status': ['held'] };

/** The answers offered to this person, as the rules allow them (none for a date). */
export function kioskChoices(key: FactKey, adult: boolean | null): readonly KioskValue[] {
  return orderedChoices(key, FIRST, adult);
}

export const choiceMessage = (key: KioskQuestionKey, value: KioskValue): MessageId => choiceId(key, value);
export const questionMessage = (key: KioskQuestionKey): MessageId => questionId(key);
export const exampleMessage = (key: KioskQuestionKey): MessageId => exampleId(key);
