// What the station shows of a read 2D-Doc, as the host answers it: the
// type in French, the issuer's certificate, the dates, the age verdict per
// the rules, the signature verdict (one of three, never more than proven),
// and the name and address lines for the agent to compare by eye. Screen
// only: nothing of it is stored but the piece's state and the emission date.
import { z } from 'zod';
import { factsSchema } from '../../../rules/index.js';

const isoDate = factsSchema.shape.birthDate.unwrap();

export const SIGNATURE_VERDICTS = ['valid', 'forged', 'unverifiable'] as const;
export type SignatureVerdict = (typeof SIGNATURE_VERDICTS)[number];
export const AGE_VERDICTS = ['accepted', 'refused', 'unknown'] as const;
export type AgeVerdict = (typeof AGE_VERDICTS)[number];

export const twoDDocReadingSchema = z.discriminatedUnion('readable', [
  z.strictObject({ readable: z.literal(false), why: z.string() }),
  z.strictObject({
    readable: z.literal(true),
    version: z.string(),
    documentType: z.string(),
    authority: z.string(),
    certificate: z.string(),
    /** The issuer certificate's subject, when the trust bundle holds it; null: unknown, and said so. */
    issuer: z.string().nullable(),
    emittedOn: isoDate.nullable(),
    signedOn: isoDate.nullable(),
    depositDate: isoDate,
    age: z.strictObject({ verdict: z.enum(AGE_VERDICTS), text: z.string() }),
    signature: z.strictObject({ verdict: z.enum(SIGNATURE_VERDICTS), text: z.string(), why: z.string() }),
    lines: z.array(z.strictObject({ label: z.string(), value: z.string(), truncated: z.boolean() })),
    /** Signature valid and age accepted: the piece may be ticked as verified by 2D-Doc. */
    tickable: z.boolean(),
  }),
]);
export type TwoDDocReading = z.infer<typeof twoDDocReadingSchema>;

export const trustBundleStatusSchema = z.strictObject({
  issuedOn: isoDate,
  importedOn: isoDate,
  source: z.string(),
  authorities: z.int().nonnegative(),
  issuers: z.int().nonnegative(),
  ageDays: z.int(),
  /** Older than 30 days: verifications say « non vérifiable » until a newer one is imported. */
  stale: z.boolean(),
});
export type TrustBundleStatus = z.infer<typeof trustBundleStatusSchema>;

/** Past this many days, a bundle may miss a revoked certificate: nothing is said valid on it. */
export const BUNDLE_MAX_AGE_DAYS = 30;

/** Whole days from one ISO date to another (pure arithmetic, no clock). */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
