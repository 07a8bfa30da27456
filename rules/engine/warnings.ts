import { addDays, addMonths, addYears } from '../dates.js';
import type { ReasonValues, WarningId } from '../evaluation.js';
import type { ReasonId } from '../words/reasons.fr.js';
import { need, type Context } from './context.js';
import { cniTiming } from './cni-timing.js';
import { freeReplacement } from './name-change.js';
import { heldPassport } from './documents.js';

/** A warning as data: the evaluation writes its `message` from the catalog. */
export type Emit = (warning: { id: WarningId; reasonId: ReasonId; values: ReasonValues }) => void;

/**
 * A CNI can be renewed from 6 months before it expires; earlier after a name
 * change (no warning), or for an adult's laminated card into the card format.
 */
export function renewalTiming(ctx: Context, emit: Emit): void {
  const timing = cniTiming(ctx);
  if (timing.kind === 'early-card-format') {
    const done = need(ctx.facts.preApplication, 'preApplication');
    emit({
      id: 'early-renewal-card-format',
      reasonId: done ? 'early-renewal-card-format.pre-application-done' : 'early-renewal-card-format.pre-application-missing',
      values: { ...timing.cni.values, opens: timing.opens },
    });
  }
  if (timing.kind === 'too-early') {
    emit({
      id: 'renewal-too-early',
      reasonId: 'renewal-too-early',
      values: { ...timing.cni.values, opens: timing.opens },
    });
  }
}

export function minorWarnings(ctx: Context, emit: Emit): void {
  const band = ctx.ageBandOn(ctx.today);
  if (band === null) return;
  emit({
    id: 'minor-travel-authorisation',
    reasonId: 'minor-travel-authorisation',
    values: {},
  });
  oneAddressOnTitle(ctx, emit);
  if (ctx.titles().includes('passport')) {
    // The title is kept 3 months from its availability, not from the deposit (RULES.md §2).
    const delay = ctx.productionDelayDays();
    const available = addDays(ctx.today, delay);
    const lastDay = addMonths(available, ctx.figures.retrievalMonths);
    const later = ctx.ageBandOn(lastDay);
    if (later !== band) {
      const age = ctx.age() + 1;
      const birthday = addYears(ctx.birthDate(), age);
      // Bands only grow: the band reached is never the youngest.
      const reached = (later ?? 'adult') as '12-13' | '13-plus' | 'adult';
      emit({
        id: 'age-band-changes-before-retrieval',
        reasonId: `age-band-changes-before-retrieval.${reached}`,
        values: { age, birthday, lastDay, available, delayDays: delay, months: ctx.figures.retrievalMonths },
      });
    }
  }
  const name = need(ctx.facts.usageName, 'usageName');
  const consentAge = ctx.figures.childMaySignAge;
  if (name === 'other-parent' && band === '13-plus') {
    emit({
      id: 'minor-usage-name',
      reasonId: 'minor-usage-name',
      values: { age: consentAge },
    });
  }
}

export function oldPassportReturned(ctx: Context, emit: Emit): void {
  if (!ctx.titles().includes('passport') || ctx.status('passport') !== 'held') return;
  emit({
    id: 'old-passport-returned',
    reasonId: 'old-passport-returned',
    values: {},
  });
}

/** A free replacement passport keeps the old one's expiry (F1709); a paid renewal gives the full validity. */
export function keepsPreviousExpiry(ctx: Context, emit: Emit): void {
  if (!ctx.titles().includes('passport')) return;
  const free = freeReplacement(ctx);
  if (!free) return;
  const expiry = heldPassport(ctx)!.effectiveExpiry;
  const validity = ctx.isAdult() ? ctx.figures.passportValidityYearsAdult : ctx.figures.passportValidityYearsMinor;
  emit({
    id: 'keeps-previous-expiry',
    reasonId: `keeps-previous-expiry.${free}`,
    values: { expiry, years: validity },
  });
}

/**
 * Alternating residence, both addresses not asked (F32675, 2025-04-22): the
 * dossier is complete, but the title carries only the depositing parent's
 * address; the family may still choose both. Read without `need`: minorPieces
 * asks these facts, and this warning must not hold back the others.
 */
function oneAddressOnTitle(ctx: Context, emit: Emit): void {
  const { parentalAuthority, alternatingResidence, bothAddresses } = ctx.facts;
  if (parentalAuthority !== 'separated' || alternatingResidence !== true || bothAddresses !== false) return;
  emit({
    id: 'one-address-on-title',
    reasonId: 'one-address-on-title',
    values: {},
  });
}
