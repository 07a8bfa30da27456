// Dates a person could really give: a real calendar date is not enough
// (0001-01-01 is one). Out of these bounds the answer is a typing slip, and
// the rules would compute ages and expiries from it as if it were known.
import { addYears, type IsoDate } from '../dates.js';
import type { Facts } from './facts.js';
import type { FactsError } from './parse.js';

const EARLIEST_BIRTH_DATE = '1900-01-01';
const EARLIEST_EXPIRY = '1950-01-01';
/** No title is valid this long (a CNI: 15 years at most, a passport: 10). */
const LATEST_EXPIRY_YEARS = 30;

/** The first implausible date among the facts, or null. */
export function implausibleDate(facts: Facts): FactsError | null {
  if (facts.birthDate !== undefined && facts.birthDate < EARLIEST_BIRTH_DATE) {
    return {
      field: 'birthDate',
      message: `is before ${EARLIEST_BIRTH_DATE}`,
      messageFr: `la date de naissance est antérieure à ${EARLIEST_BIRTH_DATE.slice(0, 4)}\u00a0: vérifiez l’année`,
    };
  }
  const latest: IsoDate = addYears(facts.today, LATEST_EXPIRY_YEARS);
  for (const [field, expiry] of [
    ['currentCni.expiry', facts.currentCni?.expiry],
    ['currentPassport.expiry', facts.currentPassport?.expiry],
  ] as const) {
    if (expiry === undefined) continue;
    if (expiry < EARLIEST_EXPIRY)
      return {
        field,
        message: `is before ${EARLIEST_EXPIRY}`,
        messageFr: `la date d’expiration est antérieure à ${EARLIEST_EXPIRY.slice(0, 4)}\u00a0: vérifiez l’année`,
      };
    if (expiry > latest)
      return {
        field,
        message: `is more than ${LATEST_EXPIRY_YEARS} years after today (${latest})`,
        messageFr: `la date d’expiration est à plus de ${LATEST_EXPIRY_YEARS}\u00a0ans\u00a0: vérifiez l’année`,
      };
  }
  return null;
}
