import type { IsoDate } from '../dates.js';

export const TITLES = ['cni', 'passport'] as const;
export type Title = (typeof TITLES)[number];
/** `drom`: Guadeloupe, Martinique, La Réunion and the collectivities 975, 977, 978 (general fees, no Justif'Adresse). */
export const TERRITORIES = ['general', 'drom', 'guyane', 'mayotte'] as const;
export type Territory = (typeof TERRITORIES)[number];
export const DOCUMENT_STATUSES = ['none', 'held', 'lost', 'stolen'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const CNI_FORMATS = ['laminated', 'card'] as const;
export const RESIDENCES = ['own', 'hosted'] as const;
export const PARENTAL_AUTHORITIES = ['joint', 'separated', 'guardian'] as const;
export const USAGE_NAMES = ['none', 'spouse', 'other-parent'] as const;
/** A yes/no answer the person may not know; "unknown" gives a conditional piece. */
export type MaybeKnown = boolean | 'unknown';

export interface CurrentCni {
  status?: DocumentStatus;
  expiry?: IsoDate;
  format?: (typeof CNI_FORMATS)[number];
}

export interface CurrentPassport {
  status?: DocumentStatus;
  expiry?: IsoDate;
  secure?: boolean;
}

/** The contract's input (CONTRACT.md, "Facts"), once validated: `today` is always set. */
export interface Facts {
  today: IsoDate;
  titles?: Title[];
  birthDate?: IsoDate;
  territory?: Territory;
  /** A station setting, never asked: the delay the mairie sees between deposit and availability. */
  productionDelayDays?: number;
  photoAtCounter?: boolean;
  currentCni?: CurrentCni;
  currentPassport?: CurrentPassport;
  birthRecordDematerialized?: MaybeKnown;
  nationalityProvenByBirthRecord?: MaybeKnown;
  addressVerifiedOnline?: boolean;
  residence?: (typeof RESIDENCES)[number];
  parentalAuthority?: (typeof PARENTAL_AUTHORITIES)[number];
  usageName?: (typeof USAGE_NAMES)[number];
  nameChanged?: boolean;
  passportPagesFull?: boolean;
  alternatingResidence?: boolean;
  preApplication?: boolean;
}

/**
 * Every key a screen may have to ask, in the order a person should be asked:
 * what is requested and who for, then the documents in hand, then the
 * household, then what only the counter can settle. A key that waits on
 * another (RULES.md §7) comes after it: `addressVerifiedOnline` after
 * `residence`, `nameChanged` after `usageName`, `passportPagesFull` after
 * `nameChanged`, `alternatingResidence` after `parentalAuthority`.
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
  'preApplication',
  'residence',
  'addressVerifiedOnline',
  'usageName',
  'nameChanged',
  'passportPagesFull',
  'birthRecordDematerialized',
  'nationalityProvenByBirthRecord',
  'photoAtCounter',
] as const;

export type FactKey = (typeof QUESTION_ORDER)[number];
