import { addMonths, addYears, type IsoDate } from '../dates.js';
import { cniCardFormat, laminatedEarlyRenewal, renewalWindowMonths } from '../parameters/policies.js';
import { need, type Context } from './context.js';
import { heldCni, type HeldDocument } from './documents.js';
import { nameChanged } from './name-change.js';

/**
 * When a held CNI may be renewed (RULES.md §7 and §8): from 6 months before
 * its expiry; at any time for an adult's laminated card renewed into the card
 * format (since 2025-03-31, pre-application compulsory); at any time after a
 * name change. Otherwise it is too early.
 */
export type CniTiming = { kind: 'open' } | { kind: 'early-card-format' | 'name-changed' | 'too-early'; cni: HeldDocument; opens: IsoDate };

/** Early renewal of an adult's laminated card into the card format: read before the name, which it makes irrelevant. */
export function earlyCardFormatRenewal(ctx: Context): { cni: HeldDocument; opens: IsoDate } | null {
  if (!ctx.titles().includes('cni')) return null;
  const cni = heldCni(ctx);
  if (!cni) return null;
  const opens = addMonths(cni.effectiveExpiry, -ctx.param(renewalWindowMonths));
  if (ctx.today >= opens) return null;
  if (!ctx.param(laminatedEarlyRenewal) || !ctx.isAdult() || !isLaminated(ctx)) return null;
  return { cni, opens };
}

export function cniTiming(ctx: Context): CniTiming {
  if (!ctx.titles().includes('cni')) return { kind: 'open' };
  const cni = heldCni(ctx);
  if (!cni) return { kind: 'open' };
  const opens = addMonths(cni.effectiveExpiry, -ctx.param(renewalWindowMonths));
  if (ctx.today >= opens) return { kind: 'open' };
  if (earlyCardFormatRenewal(ctx)) return { kind: 'early-card-format', cni, opens };
  return { kind: nameChanged(ctx) ? 'name-changed' : 'too-early', cni, opens };
}

/** Asked only when the printed expiry could be a card format's (2021 + 10 years or later). */
function isLaminated(ctx: Context): boolean {
  const { issuedFrom, validityYears } = ctx.param(cniCardFormat);
  const printed = ctx.facts.currentCni!.expiry!;
  if (printed < addYears(issuedFrom, validityYears)) return true;
  return need(ctx.facts.currentCni?.format, 'currentCni.format') === 'laminated';
}
