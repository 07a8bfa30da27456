// What the kiosk tells one person, in their language: the same lines on the
// screen and on the printed ticket. Why each piece is asked for, and what to
// know besides, are the engine's explanations phrased by the reason
// catalogs (messages/reasons.*), the very sentences the station and the
// receipt read, never a sentence typed again here.
import type { Evaluation, Piece, PieceId } from '../../rules/index.js';
import type { Who } from './contract.js';
import type { Locale, MessageId } from './messages/index.js';
import { explain } from './messages/reasons.js';

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

export interface KioskSummary {
  heading: string;
  bring: { id: PieceId; text: string; note: string | null; why: string }[];
  fee: string;
  /** For a child: who comes, who signs, who collects. */
  minor: string[];
  /** The engine's warnings (a renewal too early, an age reached before the retrieval...), in the person's language. */
  notes: { id: string; text: string }[];
  needsPreApplication: boolean;
}

export function kioskSummary(evaluation: Evaluation, who: Who, index: number, t: Translate, locale: Locale): KioskSummary {
  const titles = evaluation.requests.map((r) => t(`result.title.${r.title}`)).join(' + ');
  const minor = evaluation.minor;
  return {
    heading: `${t('result.person', { who, number: index + 1 })} — ${titles}`,
    bring: evaluation.pieces
      .filter((p) => p.where === 'bring')
      .map((p) => ({
        id: p.id,
        text: pieceName(p, t),
        // Only the birth certificate and the nationality proof are ever conditional.
        note: p.condition ? t(`condition.${p.id as 'birth-certificate' | 'nationality-proof'}`) : null,
        why: explain(locale, p, p.reason),
      })),
    // The total once every stamp is settled (evaluation.open), never a partial sum read as the fee.
    fee:
      evaluation.open.totalFee.length > 0
        ? t('result.fee.pending')
        : evaluation.totalFee > 0
          ? t('result.fee', { amount: evaluation.totalFee })
          : t('result.free'),
    minor: minor
      ? [
          t('result.minor.deposit'),
          t(`result.minor.signer.${minor.signer}`),
          t(minor.presentAtRetrieval.includes('child') ? 'result.minor.retrieval.both' : 'result.minor.retrieval.parent'),
        ]
      : [],
    notes: evaluation.warnings.map((w) => ({ id: w.id, text: explain(locale, w, w.message) })),
    needsPreApplication: evaluation.pieces.some((p) => p.id === 'application-form'),
  };
}

/** A piece as the kiosk names it: its plain words, never the station's label. */
function pieceName(p: Piece, t: Translate): string {
  // An alternating residence asks both parents' proofs of address, or the other parent's only: the kiosk says so, as the engine's reason does.
  return t(addressPieceId(p.reasonId) ?? `piece.${p.id}`);
}

/** The kiosk's words for a proof of address that is not (only) the applicant's own (2026-12-04: both addresses on the title). */
function addressPieceId(reasonId: string): MessageId | null {
  if (reasonId.startsWith('proof-of-address.alternating.')) return 'piece.proof-of-address.alternating';
  if (reasonId.startsWith('proof-of-address.other-parent.')) return 'piece.proof-of-address.other-parent';
  return null;
}
