import type { Title } from '../facts/facts.js';
import type { Copies, Explanation, Piece, PieceId, ReasonValues } from '../evaluation.js';
import { frenchReason } from '../words/format.js';
import type { ReasonId } from '../words/reasons.fr.js';
import { PIECES, type LabelId, type LabelVariant } from './catalog.js';

/** The contract's vocabulary order, looked up once rather than per evaluation. */
const RANK = new Map((Object.keys(PIECES) as PieceId[]).map((id, i) => [id, i]));

export interface PieceNeed {
  /** Why, as data: the sentence is the catalog's (rules/words/reasons.fr.ts), formatted with `values`. */
  reasonId: ReasonId;
  values?: ReasonValues;
  /** A more precise label than the piece's default, by its id in the label catalog (./catalog.ts). */
  labelId?: LabelVariant;
  /** A label worked out by the catalog (the tax stamps'), never written by a rule. */
  label?: string;
  where?: 'bring' | 'counter';
  copies?: Copies;
  condition?: string | null;
  sources?: readonly string[];
}

/**
 * Gathers the pieces the rules ask for. A piece needed by both titles
 * appears once, with both titles and every reason.
 */
export class PieceCollector {
  private readonly byId = new Map<PieceId, Piece>();

  constructor(private readonly labels: Record<LabelId, string>) {}

  add(id: PieceId, titles: readonly Title[], need: PieceNeed): void {
    const base = PIECES[id];
    const existing = this.byId.get(id);
    const explanation: Explanation = { reasonId: need.reasonId, values: need.values ?? {} };
    const reason = frenchReason(need.reasonId, explanation.values);
    if (!existing) {
      this.byId.set(id, {
        id,
        titles: [...titles],
        label: need.label ?? this.labels[need.labelId ?? id],
        where: need.where ?? base.where,
        copies: need.copies ?? base.copies,
        condition: need.condition ?? null,
        reason,
        sources: [...(need.sources ?? base.sources)],
        reasonId: explanation.reasonId,
        values: explanation.values,
        explanations: [explanation],
      });
      return;
    }
    for (const title of titles) if (!existing.titles.includes(title)) existing.titles.push(title);
    if (!existing.reason.includes(reason)) {
      existing.reason = `${existing.reason} ${reason}`;
      existing.explanations.push(explanation);
    }
    for (const source of need.sources ?? base.sources) if (!existing.sources.includes(source)) existing.sources.push(source);
  }

  has(id: PieceId): boolean {
    return this.byId.has(id);
  }

  /** Pieces in the contract's vocabulary order, titles in request order. */
  list(requested: readonly Title[]): Piece[] {
    return [...this.byId.values()]
      .sort((a, b) => RANK.get(a.id)! - RANK.get(b.id)!)
      .map((piece) => ({ ...piece, titles: requested.filter((t) => piece.titles.includes(t)) }));
  }
}
