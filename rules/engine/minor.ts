import type { MinorBlock, Presence } from '../evaluation.js';
import type { Context } from './context.js';

/** Who comes, who signs and whether fingerprints are taken, by age band (RULES.md §2). */
export function minorBlock(ctx: Context): MinorBlock | null {
  const band = ctx.ageBandOn(ctx.today);
  if (band === null) return null;
  const titles = ctx.titles();
  const both: Presence[] = ['child', 'parent'];
  // A passport is collected by the child too from 12; a CNI by the parent.
  const childCollects = titles.includes('passport') && band !== 'under-12';
  return {
    fingerprints: band !== 'under-12',
    signer: band === '13-plus' ? 'child-or-parent' : 'parent',
    presentAtDeposit: both,
    presentAtRetrieval: childCollects ? both : ['parent'],
  };
}
