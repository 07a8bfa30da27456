// The one table of facts: each fact of the contract once, with what it
// takes (its domain), who gives it and, by its place in this table, when a
// person is asked it. The zod schema (schema.ts), the answer domains the
// screens and the tests read (domains.ts) and the question order (facts.ts)
// are all derived from it: a new fact is one entry here, its rule and its
// words.
import {
  CNI_FORMATS,
  DOCUMENT_STATUSES,
  PARENTAL_AUTHORITIES,
  RESIDENCES,
  TERRITORIES,
  TITLES,
  USAGE_NAMES,
  YES_NO,
  YES_NO_UNKNOWN,
} from './values.js';

/** The contract's bound on the production delay (CONTRACT.md, "Facts"). */
const MAX_PRODUCTION_DELAY_DAYS = 180;

/**
 * What a fact takes: a date (a birth date or a document's expiry bounded as
 * plausible-dates.ts says), the titles, one of the contract's values, yes/no
 * (with "unknown" where the contract allows it), or a count of days.
 */
export type FactDomain =
  | { readonly kind: 'date'; readonly plausible?: 'birth' | 'expiry' }
  | { readonly kind: 'titles'; readonly values: typeof TITLES }
  | { readonly kind: 'choice'; readonly values: readonly [string, ...string[]] }
  | { readonly kind: 'yes-no'; readonly values: typeof YES_NO | typeof YES_NO_UNKNOWN }
  | { readonly kind: 'days'; readonly max: number };

/**
 * Who gives a fact: the person (asked, kept in the visit, carried by the
 * kiosk's ticket), the station (a setting, never in a person's answers) or
 * the caller (the deposit date, its clock when absent).
 */
export type FactOwner = 'person' | 'station' | 'caller';

/** One fact; `asked: false` for what no screen ever asks (it has a default). */
export interface FactEntry {
  readonly owner: FactOwner;
  readonly domain: FactDomain;
  readonly asked?: false;
}

const date = { kind: 'date' } as const;
const birth = { kind: 'date', plausible: 'birth' } as const;
const expiry = { kind: 'date', plausible: 'expiry' } as const;
const choice = <const V extends readonly [string, ...string[]]>(values: V) => ({ kind: 'choice', values }) as const;
const yesNo = { kind: 'yes-no', values: YES_NO } as const;
const yesNoUnknown = { kind: 'yes-no', values: YES_NO_UNKNOWN } as const;
const person = <const D extends FactDomain>(domain: D) => ({ owner: 'person', domain }) as const;

/**
 * Every fact, a dotted path for a field of a document (`currentCni.status`),
 * in the order a person should be asked: what is requested and who for,
 * then the documents in hand, then the household, then what only the
 * counter can settle. A fact that waits on another (RULES.md §7) comes after
 * it: `addressVerifiedOnline` after `residence`, `nameChanged` after
 * `usageName`, `passportPagesFull` after `nameChanged`, `alternatingResidence`
 * after `parentalAuthority`, `bothAddresses` after `alternatingResidence`.
 * This order is also the schema's, so the first of several invalid facts is
 * the one named; the kiosk's ticket keeps an order of its own
 * (electron/common/ticket-code.ts).
 */
export const FACT_TABLE = {
  /** The deposit date; the caller's clock when absent (the rules have none). */
  today: { owner: 'caller', domain: date, asked: false },
  /** The delay the mairie sees between deposit and availability; the dated estimate when absent. */
  productionDelayDays: { owner: 'station', domain: { kind: 'days', max: MAX_PRODUCTION_DELAY_DAYS }, asked: false },
  /** The station's département gives it; asked only when absent (the command line). */
  territory: { owner: 'station', domain: choice(TERRITORIES) },
  titles: person({ kind: 'titles', values: TITLES }),
  birthDate: person(birth),
  'currentCni.status': person(choice(DOCUMENT_STATUSES)),
  'currentCni.expiry': person(expiry),
  'currentCni.format': person(choice(CNI_FORMATS)),
  'currentPassport.status': person(choice(DOCUMENT_STATUSES)),
  'currentPassport.expiry': person(expiry),
  'currentPassport.secure': person(yesNo),
  parentalAuthority: person(choice(PARENTAL_AUTHORITIES)),
  alternatingResidence: person(yesNo),
  /** Alternating residence only: the family asks for both parents' addresses on the title. */
  bothAddresses: person(yesNo),
  preApplication: person(yesNo),
  residence: person(choice(RESIDENCES)),
  addressVerifiedOnline: person(yesNo),
  usageName: person(choice(USAGE_NAMES)),
  nameChanged: person(yesNo),
  passportPagesFull: person(yesNo),
  /** Whether the birth town sends its records online (COMEDEC); "unknown" makes the birth certificate conditional. */
  birthRecordDematerialized: person(yesNoUnknown),
  /** Whether the birth record proves French nationality; "unknown" makes the nationality proof conditional. */
  nationalityProvenByBirthRecord: person(yesNoUnknown),
  photoAtCounter: person(yesNo),
} as const satisfies Record<string, FactEntry>;

export type FactTable = typeof FACT_TABLE;
export type FactPath = keyof FactTable;
/** The facts a screen may ask, in the table's order. */
export type AskedFact = { [K in FactPath]: FactTable[K] extends { asked: false } ? never : K }[FactPath];
/** The facts the person gives: a visit's answers, a ticket's payload. */
export type PersonFact = { [K in FactPath]: FactTable[K]['owner'] extends 'person' ? K : never }[FactPath];

/** The table's paths in its order (an object's string keys keep their insertion order). */
export const FACT_PATHS = Object.keys(FACT_TABLE) as FactPath[];
