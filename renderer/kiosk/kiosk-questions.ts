// How the kiosk asks each fact, built from the engine's table
// (FACT_DOMAINS): a date on the keypad, or big buttons for the values the
// contract gives ("unknown" only where it allows it). Only the order and
// what the law keeps from a minor are the kiosk's own.
import { FACT_DOMAINS, QUESTION_ORDER, type FactKey } from '../../rules/index.js';
import { choiceId, exampleId, questionId, type KioskQuestionKey, type MessageId } from '../../electron/common/messages/index.js';
import { orderedChoices, type FirstChoices } from '../questions/choice-order.js';

export type KioskValue = string | boolean;

/** The questions a date answers, typed on the keypad. */
export const DATE_KEYS: ReadonlySet<FactKey> = new Set(QUESTION_ORDER.filter((key) => FACT_DOMAINS[key].kind === 'date'));

/** The usual answer first: a document one has, the bank-card format (every card made since 2021). */
const FIRST: FirstChoices = { 'currentCni.status': ['held'], 'currentCni.format': ['card'], 'currentPassport.status': ['held'] };

/**
 * The answers offered to this person: a minor's usage name can only be the
 * other parent's (Code civil, art. 311-24-2), never a spouse's. None for a date.
 */
export function kioskChoices(key: FactKey, adult: boolean | null): readonly KioskValue[] {
  const choices = orderedChoices(key, FIRST);
  return key === 'usageName' && adult === false ? choices.filter((c) => c !== 'spouse') : choices;
}

export const choiceMessage = (key: KioskQuestionKey, value: KioskValue): MessageId => choiceId(key, value);
export const questionMessage = (key: KioskQuestionKey): MessageId => questionId(key);
export const exampleMessage = (key: KioskQuestionKey): MessageId => exampleId(key);
