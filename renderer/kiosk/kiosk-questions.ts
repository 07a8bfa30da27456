import type { FactKey } from '../../rules/index.js';
import type { MessageId } from '../../electron/api/messages/index.js';

export type KioskValue = string | boolean;

/** The questions a date answers, typed on the keypad. */
export const DATE_KEYS: ReadonlySet<FactKey> = new Set(['birthDate', 'currentCni.expiry', 'currentPassport.expiry']);

/** The answers offered for each other question; "unknown" only where the contract allows it. */
export const KIOSK_CHOICES: Partial<Record<FactKey, readonly KioskValue[]>> = {
  'currentCni.status': ['held', 'none', 'lost', 'stolen'],
  'currentCni.format': ['card', 'laminated'],
  'currentPassport.status': ['held', 'none', 'lost', 'stolen'],
  'currentPassport.secure': [true, false],
  parentalAuthority: ['joint', 'separated', 'guardian'],
  preApplication: [true, false],
  addressVerifiedOnline: [true, false],
  residence: ['own', 'hosted'],
  usageName: ['none', 'spouse', 'other-parent'],
  nameChanged: [true, false],
  passportPagesFull: [true, false],
  alternatingResidence: [true, false],
  birthRecordDematerialized: [true, false, 'unknown'],
  nationalityProvenByBirthRecord: [true, false, 'unknown'],
  photoAtCounter: [true, false],
};

/**
 * The answers offered to this person: a minor's usage name can only be the
 * other parent's (Code civil, art. 311-24-2), never a spouse's.
 */
export function kioskChoices(key: FactKey, adult: boolean | null): readonly KioskValue[] {
  const choices = KIOSK_CHOICES[key] ?? [];
  return key === 'usageName' && adult === false ? choices.filter((c) => c !== 'spouse') : choices;
}

export function choiceMessage(key: FactKey, value: KioskValue): MessageId {
  if (value === true) return 'answer.yes';
  if (value === false) return 'answer.no';
  if (value === 'unknown') return 'answer.unknown';
  return `q.${key}.${value}` as MessageId;
}

export const questionMessage = (key: FactKey) => `q.${key}` as MessageId;
export const exampleMessage = (key: FactKey) => `q.${key}.example` as MessageId;
