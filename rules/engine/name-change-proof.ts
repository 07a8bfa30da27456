import type { Title } from '../facts/facts.js';
import type { PieceCollector } from '../pieces/collector.js';
import { SOURCES } from '../sources.js';
import { cniTiming } from './cni-timing.js';
import type { Context } from './context.js';
import { freeReplacement } from './name-change.js';

/**
 * A family or first name change is proved by the birth certificate bearing
 * it, or the decision (RULES.md §3); a usage name by `usage-name-proof`. The
 * piece is listed only for a title where the change was asked because it
 * matters: the CNI renewed before its window, the valid passport replaced.
 */
export function nameChangeProof(ctx: Context, pieces: PieceCollector): void {
  const titles: Title[] = [];
  if (cniTiming(ctx).kind === 'name-changed') titles.push('cni');
  if (ctx.titles().includes('passport') && freeReplacement(ctx) === 'name-changed') titles.push('passport');
  if (titles.length === 0 || ctx.facts.usageName !== 'none') return;
  pieces.add('name-change-proof', titles, {
    reasonId: 'name-change-proof.changed',
    sources: [SOURCES.freePassport, SOURCES.guide2021],
  });
}
