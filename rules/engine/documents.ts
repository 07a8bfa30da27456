import { addYears, type IsoDate } from '../dates.js';
import { adultPassportGraceYears, ages, cniAdultExtension, recentTitleYears, securePassportExpiryFrom } from '../parameters/policies.js';
import { given, MissingFact, need, type Context } from './context.js';
import type { ReasonValues } from '../evaluation.js';

/** A title the applicant has in hand, as the rules see it on the deposit date. */
export interface HeldDocument {
  /** The date it really stops being valid (an extended CNI's printed date + 5 years). */
  effectiveExpiry: IsoDate;
  /** The same as data: `state` valid or expired, `expiry` (effective); for a CNI, `extended`, `printed`, `extraYears`, `issued`. */
  values: ReasonValues;
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
  let extended = false;
  if (printed >= rule.printedFrom && printed <= rule.printedTo) {
    const issued = addYears(printed, -rule.printedValidityYears);
    if (ctx.ageOn(issued) >= ctx.param(ages).majority) {
      effectiveExpiry = addYears(printed, rule.extraYears);
      extended = true;
    }
  }
  return {
    effectiveExpiry,
    values: {
      state: state(ctx.today, effectiveExpiry),
      expiry: effectiveExpiry,
      extended: extended ? 'yes' : 'no',
      printed,
      extraYears: rule.extraYears,
      // The issue date of a 10-year laminated card: what decides whether it was an adult's.
      issued: addYears(printed, -rule.printedValidityYears),
    },
  };
}

export function heldPassport(ctx: Context): HeldDocument | null {
  if (ctx.status('passport') !== 'held') return null;
  const expiry = need(ctx.facts.currentPassport?.expiry, 'currentPassport.expiry');
  return {
    effectiveExpiry: expiry,
    values: { state: state(ctx.today, expiry), expiry },
  };
}

const state = (today: IsoDate, expiry: IsoDate) => (today <= expiry ? 'valid' : 'expired');

/**
 * Valid on the deposit date, or expired for less than `years` years: through
 * the day E + N years inclusive (RULES.md §4, 2026-11-24). On that day the
 * document has been expired N years minus one day, since it was valid on E.
 */
export function expiredLessThan(ctx: Context, doc: HeldDocument | null, years: number): doc is HeldDocument {
  return doc !== null && ctx.today <= addYears(doc.effectiveExpiry, years);
}

/** RULES.md's `recent(doc, 5)`: in hand, valid or expired for less than 5 years. */
export function isRecent(ctx: Context, doc: HeldDocument | null): doc is HeldDocument {
  return expiredLessThan(ctx, doc, ctx.param(recentTitleYears));
}

/**
 * Whether the passport is electronic or biometric. A value given wins (a
 * temporary passport, valid one year, is not electronic); otherwise a printed
 * expiry on or after 2016-04-12 settles it, since every passport issued from
 * 2006-04-12 is electronic and an ordinary one is valid 10 years at most.
 * A lost or stolen passport's expiry is not asked: only a given one counts.
 */
export function passportIsSecure(ctx: Context): boolean {
  const secure = given(ctx.facts.currentPassport?.secure, 'currentPassport.secure');
  if (secure !== undefined) return secure;
  const expiry = given(ctx.facts.currentPassport?.expiry, 'currentPassport.expiry');
  if (expiry !== undefined && expiry >= ctx.param(securePassportExpiryFrom)) return true;
  throw new MissingFact('currentPassport.secure');
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
  return passportIsSecure(ctx) ? 'enough' : 'with-birth-certificate';
}

/** The years a title stays good as proof after it expires (5), for reasons. */
export const recentYears = (ctx: Context): number => ctx.param(recentTitleYears);
