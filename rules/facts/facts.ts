import type { z } from 'zod';
import type { IsoDate } from '../dates.js';
import type { factsSchema } from './schema.js';

export * from './values.js';

/**
 * The contract's input (CONTRACT.md, "Facts"), once validated: the schema's
 * output, with `today` always set (parseFacts fills it from the caller's clock).
 */
export type Facts = z.output<typeof factsSchema> & { today: IsoDate };

/**
 * Every key a screen may have to ask, in the order a person should be asked:
 * what is requested and who for, then the documents in hand, then the
 * household, then what only the counter can settle. A key that waits on
 * another (RULES.md §7) comes after it: `addressVerifiedOnline` after
 * `residence`, `nameChanged` after `usageName`, `passportPagesFull` after
 * `nameChanged`, `alternatingResidence` after `parentalAuthority`, `bothAddresses`
 * after `alternatingResidence` (2026-12-04).
 * `productionDelayDays` is a station setting: never asked, so not listed.
 */
export const QUESTION_ORDER = [
  'territory',
  'titles',
  'birthDate',
  'currentCni.status',
  'currentCni.expiry',
  'currentCni.format',
  'currentPassport.status',
  'currentPassport.expiry',
  'currentPassport.secure',
  'parentalAuthority',
  'alternatingResidence',
  'bothAddresses',
  'preApplication',
  'residence',
  'addressVerifiedOnline',
  'usageName',
  'nameChanged',
  'passportPagesFull',
  'birthRecordDematerialized',
  'nationalityProvenByBirthRecord',
  'photoAtCounter',
] as const satisfies readonly AskedFact[];

export type FactKey = (typeof QUESTION_ORDER)[number];

/**
 * Every fact of the schema a person may be asked, as a dotted path
 * (`currentCni.status`): all but `today` and the station's delay setting.
 */
export type AskedFact = Exclude<FactPath<Facts>, 'today' | 'productionDelayDays'>;

/** The dotted paths to a record's answers: an object is looked into, a list or a scalar is an answer. */
type FactPath<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly unknown[] | string | number | boolean
    ? K
    : `${K}.${FactPath<NonNullable<T[K]>>}`;
}[keyof T & string];

/** The value a fact takes once answered, at its dotted path. */
export type FactValue<K extends string, T = Facts> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? FactValue<Rest, NonNullable<T[Head]>>
    : never
  : K extends keyof T
    ? NonNullable<T[K]>
    : never;

/**
 * A fact of the schema missing from QUESTION_ORDER would never be asked:
 * the alias below then fails to compile, naming it.
 * @public exported so the compiler keeps checking it; nothing imports it.
 */
export type EveryFactAsked = Assert<Exclude<AskedFact, FactKey>>;
type Assert<T extends never> = T;
