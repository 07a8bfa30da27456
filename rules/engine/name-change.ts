import { need, type Context } from './context.js';
import { heldPassport } from './documents.js';
import { freeReplacementPassport } from '../parameters/policies.js';

/**
 * Whether the family name, first name or usage name changed since the held
 * titles were issued (RULES.md §7). A usage name not yet on an ID is such a
 * change, so `nameChanged` waits for `usageName` and is asked only when it is
 * `none`. Callers read it only where the answer changes the outcome.
 */
export function nameChanged(ctx: Context): boolean {
  if (need(ctx.facts.usageName, 'usageName') !== 'none') return true;
  return need(ctx.facts.nameChanged, 'nameChanged');
}

export type FreeReplacement = 'name-changed' | 'pages-full';

/**
 * A passport held and valid on the deposit date is replaced without a stamp
 * after a name change, or when no visa page is free (service-public F1709);
 * the new one keeps the old expiry. `passportPagesFull` waits for
 * `nameChanged`. Loss and theft are never free.
 */
export function freeReplacement(ctx: Context): FreeReplacement | null {
  if (!ctx.param(freeReplacementPassport)) return null;
  const held = heldPassport(ctx);
  if (!held || ctx.today > held.effectiveExpiry) return null;
  if (nameChanged(ctx)) return 'name-changed';
  return need(ctx.facts.passportPagesFull, 'passportPagesFull') ? 'pages-full' : null;
}
