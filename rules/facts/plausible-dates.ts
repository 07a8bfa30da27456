// Dates a person could really give: a real calendar date is not enough
// (0001-01-01 is one). Out of these bounds the answer is a typing slip, and
// the rules would compute ages and expiries from it as if it were known.
// Which facts are birth dates and which expiries is the fact table's
// (table.ts, `plausible`), so a new document's expiry is bounded too.
import { addYears, type IsoDate } from '../dates.js';
import type { Facts } from './facts.js';
import type { FactsError } from './parse.js';
import { FACT_PATHS, FACT_TABLE, type FactDomain, type FactPath } from './table.js';

const EARLIEST_BIRTH_DATE = '1900-01-01';
const EARLIEST_EXPIRY = '1950-01-01';
/** No title is valid this long (a CNI: 15 years at most, a passport: 10). */
const LATEST_EXPIRY_YEARS = 30;

type Bounded = 'birth' | 'expiry';
const boundOf = (domain: FactDomain): Bounded | undefined => (domain.kind === 'date' ? domain.plausible : undefined);
/** The bounded dates, in the table's order: the first implausible one is the one named. */
const BOUNDED: readonly (readonly [FactPath, Bounded])[] = FACT_PATHS.flatMap((path) => {
  const bound = boundOf(FACT_TABLE[path].domain);
  return bound === undefined ? [] : [[path, bound] as const];
});

/** A fact's value at its dotted path (`currentCni.expiry`). */
function dateAt(facts: Facts, path: FactPath): IsoDate | undefined {
  const [head, field] = path.split('.') as [string, string | undefined];
  const value: unknown = (facts as Record<string, unknown>)[head];
  const date = field === undefined ? value : (value as Record<string, unknown> | undefined)?.[field];
  return typeof date === 'string' ? date : undefined;
}

/** The first implausible date among the facts, or null. */
export function implausibleDate(facts: Facts): FactsError | null {
  const latest: IsoDate = addYears(facts.today, LATEST_EXPIRY_YEARS);
  for (const [field, bound] of BOUNDED) {
    const date = dateAt(facts, field);
    if (date === undefined) continue;
    if (bound === 'birth' && date < EARLIEST_BIRTH_DATE)
      return {
        field,
        message: `is before ${EARLIEST_BIRTH_DATE}`,
        messageFr: `la date de naissance est antérieure à ${EARLIEST_BIRTH_DATE.slice(0, 4)}\u00a0: vérifiez l’année`,
      };
    if (bound === 'expiry' && date < EARLIEST_EXPIRY)
      return {
        field,
        message: `is before ${EARLIEST_EXPIRY}`,
        messageFr: `la date d’expiration est antérieure à ${EARLIEST_EXPIRY.slice(0, 4)}\u00a0: vérifiez l’année`,
      };
    if (bound === 'expiry' && date > latest)
      return {
        field,
        message: `is more than ${LATEST_EXPIRY_YEARS} years after today (${latest})`,
        messageFr: `la date d’expiration est à plus de ${LATEST_EXPIRY_YEARS}\u00a0ans\u00a0: vérifiez l’année`,
      };
  }
  return null;
}
