// How each fact is answered, for the screens that ask it: a date, the
// titles, one of the contract's values, or yes/no (with "unknown" only where
// the contract allows it). The station's and the kiosk's questions are
// built from this table, so a new value or fact shows up in both (and their
// catalogs must then give it words, or the build stops).
import type { IsoDate } from '../dates.js';
import type { FactKey, FactValue, Title } from './facts.js';
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

export type FactDomain =
  | { readonly kind: 'date' }
  | { readonly kind: 'titles'; readonly values: readonly Title[] }
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  | { readonly kind: 'yes-no'; readonly values: typeof YES_NO | typeof YES_NO_UNKNOWN };

const date = { kind: 'date' } as const;
const choice = <const V extends readonly string[]>(values: V) => ({ kind: 'choice', values }) as const;
const yesNo = { kind: 'yes-no', values: YES_NO } as const;
const yesNoUnknown = { kind: 'yes-no', values: YES_NO_UNKNOWN } as const;

export const FACT_DOMAINS = {
  territory: choice(TERRITORIES),
  titles: { kind: 'titles', values: TITLES },
  birthDate: date,
  'currentCni.status': choice(DOCUMENT_STATUSES),
  'currentCni.expiry': date,
  'currentCni.format': choice(CNI_FORMATS),
  'currentPassport.status': choice(DOCUMENT_STATUSES),
  'currentPassport.expiry': date,
  'currentPassport.secure': yesNo,
  parentalAuthority: choice(PARENTAL_AUTHORITIES),
  alternatingResidence: yesNo,
  bothAddresses: yesNo,
  preApplication: yesNo,
  residence: choice(RESIDENCES),
  addressVerifiedOnline: yesNo,
  usageName: choice(USAGE_NAMES),
  nameChanged: yesNo,
  passportPagesFull: yesNo,
  birthRecordDematerialized: yesNoUnknown,
  nationalityProvenByBirthRecord: yesNoUnknown,
  photoAtCounter: yesNo,
} as const satisfies Record<FactKey, FactDomain>;

export type FactDomains = typeof FACT_DOMAINS;
/** The facts answered by picking one value: the contract's enums and the yes/no questions. */
export type ChoiceFact = { [K in FactKey]: FactDomains[K] extends { kind: 'choice' | 'yes-no' } ? K : never }[FactKey];
/** The values offered for a choice, in the contract's order. */
export type ChoiceValue<K extends ChoiceFact> = FactDomains[K]['values'][number];

/** What answering a fact of this domain gives. */
type DomainValue<D> = D extends { kind: 'date' }
  ? IsoDate
  : D extends { kind: 'titles' }
    ? Title[]
    : D extends { values: readonly (infer V)[] }
      ? V
      : never;
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** The facts on which this table and the schema disagree (a value one has and the other lacks, a date that is not one). */
type Disagreements = { [K in FactKey]: Same<DomainValue<FactDomains[K]>, FactValue<K>> extends true ? never : K }[FactKey];
type Assert<T extends never> = T;
/**
 * Fails to compile, naming the fact, when this table and the schema disagree.
 * @public exported so the compiler keeps checking it; nothing imports it.
 */
export type DomainsAgreeWithSchema = Assert<Disagreements>;
