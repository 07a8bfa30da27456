// Answers the law rules out for a minor, held here so that every reader of
// the rules (the station, the kiosk, the command line) refuses them alike,
// and each screen offers only what the rules accept.
import { fullYearsBetween, type IsoDate } from '../dates.js';
import { valueAt } from '../parameters/parameter.js';
import { ages } from '../parameters/policies.js';
import type { FactKey, Facts } from './facts.js';
import type { FactsError } from './parse.js';

/**
 * A minor's usage name can only be a parent's (Code civil, art. 311-24-2):
 * a spouse's name is an adult's (art. 225-1: marriage at 18 at the earliest).
 */
const NOT_FOR_A_MINOR: { readonly [K in FactKey]?: readonly unknown[] } = { usageName: ['spouse'] };

/** Whether the person is a minor on `today`, or null while the birth date is unknown. */
function isMinor(birthDate: IsoDate | undefined, today: IsoDate): boolean | null {
  if (birthDate === undefined) return null;
  return fullYearsBetween(birthDate, today) < valueAt(ages, today).value.majority;
}

/** Whether `value` may answer `key` for this person (`adult` null: not known yet, everything is offered). */
export function answerAllowed(key: FactKey, value: unknown, adult: boolean | null): boolean {
  return adult !== false || !(NOT_FOR_A_MINOR[key]?.includes(value) ?? false);
}

/** The first answer the law rules out for this person, as the contract's error. */
export function answerRefusedForMinor(facts: Facts): FactsError | null {
  if (isMinor(facts.birthDate, facts.today) !== true) return null;
  if (facts.usageName !== undefined && !answerAllowed('usageName', facts.usageName, false)) {
    return {
      field: 'usageName',
      message: "a minor's usage name can only be the other parent's, never a spouse's",
      messageFr: 'un mineur ne peut pas porter le nom d’un époux comme nom d’usage\u00a0; seul celui de l’autre parent est possible',
    };
  }
  return null;
}
