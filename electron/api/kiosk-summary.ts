// What the kiosk tells one person, in their language: the same lines on the
// screen and on the printed ticket.
import type { Evaluation, PieceId } from '../../rules/index.js';
import type { Who } from './contract.js';
import type { MessageId } from './messages/index.js';

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

export interface KioskSummary {
  heading: string;
  bring: { id: PieceId; text: string; note: string | null }[];
  fee: string;
  /** For a child: who comes, who signs, who collects. */
  minor: string[];
  needsPreApplication: boolean;
}

export function kioskSummary(evaluation: Evaluation, who: Who, index: number, t: Translate): KioskSummary {
  const titles = evaluation.requests.map((r) => t(`result.title.${r.title}`)).join(' + ');
  const minor = evaluation.minor;
  return {
    heading: `${t('result.person', { who, number: index + 1 })} — ${titles}`,
    bring: evaluation.pieces.filter((p) => p.where === 'bring').map((p) => ({
      id: p.id,
      text: `${t(`piece.${p.id}`)}${p.copies === 'original-and-photocopy' ? ` (${t('result.copies')})` : ''}`,
      // Only the birth certificate and the nationality proof are ever conditional.
      note: p.condition ? t(`condition.${p.id as 'birth-certificate' | 'nationality-proof'}`) : null,
    })),
    fee: evaluation.totalFee > 0 ? t('result.fee', { amount: evaluation.totalFee }) : t('result.free'),
    minor: minor
      ? [t('result.minor.deposit'), t(`result.minor.signer.${minor.signer}`), t(minor.presentAtRetrieval.includes('child') ? 'result.minor.retrieval.both' : 'result.minor.retrieval.parent')]
      : [],
    needsPreApplication: evaluation.pieces.some((p) => p.id === 'application-form'),
  };
}
