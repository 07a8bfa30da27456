import { addYears, frenchDate, type IsoDate } from '../dates.js';
import { adultPassportGraceYears, ages, cniAdultExtension, recentTitleYears } from '../parameters/policies.js';
import { need, type Context } from './context.js';

/** A title the applicant has in hand, as the rules see it on the deposit date. */
export interface HeldDocument {
  /** The date it really stops being valid (an extended CNI's printed date + 5 years). */
  effectiveExpiry: IsoDate;
  /** French words on its validity, with the dates that decide, for reasons. */
  description: string;
}

/**
 * The current CNI, if in hand. Old laminated cards printed with 10 years for
 * an adult (expiry 2014-01-02 to 2023-12-31) are valid 5 more years. A card
 * expiring in that window cannot be of the 2021 card format (valid 10 years),
 * so the format need not be asked to decide.
 */
export function heldCni(ctx: Context): HeldDocument | null {
  if (ctx.status('cni') !== 'held') return null;
  const printed = need(ctx.facts.currentCni?.expiry, 'currentCni.expiry');
  const rule = ctx.param(cniAdultExtension);
  let effectiveExpiry = printed;
  let extension = '';
  if (printed >= rule.printedFrom && printed <= rule.printedTo) {
    const issued = addYears(printed, -rule.printedValidityYears);
    if (ctx.ageOn(issued) >= ctx.param(ages).majority) {
      effectiveExpiry = addYears(printed, rule.extraYears);
      extension = ` (date imprimée ${frenchDate(printed)}, prolongée automatiquement de ${rule.extraYears} ans : carte délivrée à un majeur le ${frenchDate(issued)})`;
    }
  }
  return { effectiveExpiry, description: `carte d'identité ${validity(ctx.today, effectiveExpiry, 'e')}${extension}` };
}

export function heldPassport(ctx: Context): HeldDocument | null {
  if (ctx.status('passport') !== 'held') return null;
  const expiry = need(ctx.facts.currentPassport?.expiry, 'currentPassport.expiry');
  return { effectiveExpiry: expiry, description: `passeport ${validity(ctx.today, expiry, '')}` };
}

/** `agreement` is "e" for the feminine "carte". */
function validity(today: IsoDate, expiry: IsoDate, agreement: 'e' | ''): string {
  return today <= expiry ? `valable jusqu'au ${frenchDate(expiry)}` : `expiré${agreement} depuis le ${frenchDate(expiry)}`;
}

/** Valid on the deposit date, or expired for less than `years` years. */
export function expiredLessThan(ctx: Context, doc: HeldDocument | null, years: number): doc is HeldDocument {
  return doc !== null && ctx.today < addYears(doc.effectiveExpiry, years);
}

/** RULES.md's `recent(doc, 5)`: in hand, valid or expired for less than 5 years. */
export function isRecent(ctx: Context, doc: HeldDocument | null): doc is HeldDocument {
  return expiredLessThan(ctx, doc, ctx.param(recentTitleYears));
}

/**
 * Whether the passport is electronic or biometric. Only an expired or lost
 * one needs the question: every passport still valid today was issued after
 * 2006, when all became electronic.
 */
export function passportIsSecure(ctx: Context, held: HeldDocument | null): boolean {
  if (held && ctx.today <= held.effectiveExpiry) return true;
  return need(ctx.facts.currentPassport?.secure, 'currentPassport.secure');
}

export type AdultPassportStanding = 'enough' | 'with-birth-certificate' | 'not-usable';

/**
 * An adult's passport as proof of identity (RULES.md §5): enough if valid or
 * expired under 2 years, or 2 to 5 years if secure; an older model expired
 * 2 to 5 years needs a birth certificate beside it.
 */
export function adultPassportStanding(ctx: Context, held: HeldDocument | null): AdultPassportStanding {
  if (expiredLessThan(ctx, held, ctx.param(adultPassportGraceYears))) return 'enough';
  if (!isRecent(ctx, held)) return 'not-usable';
  return passportIsSecure(ctx, held) ? 'enough' : 'with-birth-certificate';
}

/** The years a title stays good as proof after it expires (5), for reasons. */
export const recentYears = (ctx: Context): number => ctx.param(recentTitleYears);
