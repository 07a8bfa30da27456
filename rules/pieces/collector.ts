import type { Title } from '../facts/facts.js';
import type { Copies, Piece, PieceId } from '../evaluation.js';
import { PIECES } from './catalog.js';

export interface PieceNeed {
  reason: string;
  label?: string;
  where?: 'bring' | 'counter';
  copies?: Copies;
  condition?: string | null;
  sources?: readonly string[];
}

const COPIES_RANK: Record<Copies, number> = { photocopy: 0, original: 1, 'original-and-photocopy': 2 };

/**
 * Gathers the pieces the rules ask for. A piece needed by both titles
 * appears once, with both titles, the stricter copies and every reason.
 */
export class PieceCollector {
  private readonly byId = new Map<PieceId, Piece>();

  add(id: PieceId, titles: readonly Title[], need: PieceNeed): void {
    const base = PIECES[id];
    const existing = this.byId.get(id);
    if (!existing) {
      this.byId.set(id, {
        id,
        titles: [...titles],
        label: need.label ?? base.label,
        where: need.where ?? base.where,
        copies: need.copies ?? base.copies,
        condition: need.condition ?? null,
        reason: need.reason,
        sources: [...(need.sources ?? base.sources)],
      });
      return;
    }
    for (const title of titles) if (!existing.titles.includes(title)) existing.titles.push(title);
    const copies = need.copies ?? base.copies;
    if (COPIES_RANK[copies] > COPIES_RANK[existing.copies]) existing.copies = copies;
    if (!existing.reason.includes(need.reason)) existing.reason = `${existing.reason} ${need.reason}`;
    for (const source of need.sources ?? base.sources) if (!existing.sources.includes(source)) existing.sources.push(source);
  }

  has(id: PieceId): boolean {
    return this.byId.has(id);
  }

  /** Pieces in the contract's vocabulary order, titles in request order. */
  list(requested: readonly Title[]): Piece[] {
    const order = Object.keys(PIECES) as PieceId[];
    return [...this.byId.values()]
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
      .map((piece) => ({ ...piece, titles: requested.filter((t) => piece.titles.includes(t)) }));
  }
}
