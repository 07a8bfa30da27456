import type { IsoDate } from '../dates.js';

export const TITLES = ['cni', 'passport'] as const;
export type Title = (typeof TITLES)[number];
export const TERRITORIES = ['general', 'guyane', 'mayotte'] as const;
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
  photoAtCounter?: boolean;
  currentCni?: CurrentCni;
  currentPassport?: CurrentPassport;
  birthRecordDematerialized?: MaybeKnown;
  nationalityProvenByBirthRecord?: MaybeKnown;
  addressVerifiedOnline?: boolean;
  residence?: (typeof RESIDENCES)[number];
  parentalAuthority?: (typeof PARENTAL_AUTHORITIES)[number];
  usageName?: (typeof USAGE_NAMES)[number];
  preApplication?: boolean;
}

/**
 * Every key a screen may have to ask, in the order a person should be asked:
 * what is requested and who for, then the documents in hand, then the
 * household, then what only the counter can settle.
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
  'preApplication',
  'addressVerifiedOnline',
  'residence',
  'usageName',
  'birthRecordDematerialized',
  'nationalityProvenByBirthRecord',
  'photoAtCounter',
] as const;

export type FactKey = (typeof QUESTION_ORDER)[number];
