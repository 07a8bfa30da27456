// The contract's facts as a zod schema: the one definition of what a fact
// may be. `Facts` (facts.ts) is inferred from it, so the type, the
// validation and the ticket's layout cannot drift apart.
import { z } from 'zod';
import { isRealDate } from '../dates.js';
import { CNI_FORMATS, DOCUMENT_STATUSES, PARENTAL_AUTHORITIES, RESIDENCES, TERRITORIES, TITLES, USAGE_NAMES } from './values.js';

/** The contract's bound on the production delay (CONTRACT.md, "Facts"). */
export const MAX_PRODUCTION_DELAY_DAYS = 180;

const date = z.string().refine(isRealDate, { params: { kind: 'date' } });
const maybeKnown = z.union([z.boolean(), z.literal('unknown')]);

/** The contract's facts, strictly: exported so the host API can reuse its fields. */
export const factsSchema = z.strictObject({
  /** The deposit date; the caller's clock when absent (the rules have none). */
  today: date.optional(),
  titles: z
    .array(z.enum(TITLES))
    .min(1)
    .refine((titles) => new Set(titles).size === titles.length, { params: { kind: 'duplicate' } })
    .optional(),
  birthDate: date.optional(),
  territory: z.enum(TERRITORIES).optional(),
  /** A station setting, never asked: the delay the mairie sees between deposit and availability. */
  productionDelayDays: z.number().int().min(0).max(MAX_PRODUCTION_DELAY_DAYS).optional(),
  photoAtCounter: z.boolean().optional(),
  currentCni: z
    .strictObject({ status: z.enum(DOCUMENT_STATUSES).optional(), expiry: date.optional(), format: z.enum(CNI_FORMATS).optional() })
    .optional(),
  currentPassport: z
    .strictObject({ status: z.enum(DOCUMENT_STATUSES).optional(), expiry: date.optional(), secure: z.boolean().optional() })
    .optional(),
  /** Whether the birth town sends its records online (COMEDEC); "unknown" makes the birth certificate conditional. */
  birthRecordDematerialized: maybeKnown.optional(),
  /** Whether the birth record proves French nationality; "unknown" makes the nationality proof conditional. */
  nationalityProvenByBirthRecord: maybeKnown.optional(),
  addressVerifiedOnline: z.boolean().optional(),
  residence: z.enum(RESIDENCES).optional(),
  parentalAuthority: z.enum(PARENTAL_AUTHORITIES).optional(),
  usageName: z.enum(USAGE_NAMES).optional(),
  nameChanged: z.boolean().optional(),
  passportPagesFull: z.boolean().optional(),
  alternatingResidence: z.boolean().optional(),
  /** Alternating residence only: the family asks for both parents' addresses on the title (2026-12-04). */
  bothAddresses: z.boolean().optional(),
  preApplication: z.boolean().optional(),
});
