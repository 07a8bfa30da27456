// The values a fact may take, in the contract's order (CONTRACT.md, "Facts").
// The fact table (table.ts) is written with these constants, so a value
// added here is accepted by the contract and offered by the screens at once.
// The order is the ticket's layout (electron/common/ticket-code.ts):
// reordering is a new ticket version.

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

/** A yes/no answer. */
export const YES_NO = [true, false] as const;
/** A yes/no answer the person may not know; "unknown" gives a conditional piece. */
export const YES_NO_UNKNOWN = [true, false, 'unknown'] as const;
