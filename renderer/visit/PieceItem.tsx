// One piece of the checklist: its state, the three choices, what its 2D-Doc
// proved, the photo criteria, and why it is asked, on demand.
import type { KeyboardEvent } from 'react';
import { frenchDate } from '../../rules/index.js';
import type { CheckedPiece } from '../../electron/common/applicant-evaluation.js';
import { TWO_D_DOC_PIECES, type PieceStatus, type TwoDDocPiece } from '../../electron/common/contract.js';
import { explain } from '../../electron/common/messages/reasons.js';
import { frenchSpaces as fr } from '../../electron/common/typography.js';
import { ChoiceField } from '../forms/fields.js';
import { useStationText } from '../station-text.js';

export type OnStatus = (pieceId: CheckedPiece['id'], status: PieceStatus | null) => void;

const isTwoDDocPiece = (id: string): id is TwoDDocPiece => (TWO_D_DOC_PIECES as readonly string[]).includes(id);

const SHAPE = { presented: '✓', missing: '✗', unchecked: '?' } as const;

export function PieceItem({
  piece,
  criteria,
  onStatus,
  onKeyDown,
  proofOn = null,
  onReadTwoDDoc,
}: {
  piece: CheckedPiece;
  criteria: readonly string[];
  onStatus: OnStatus;
  onKeyDown: (e: KeyboardEvent<HTMLLIElement>, p: CheckedPiece) => void;
  /** The emission date its 2D-Doc proved, when the piece was ticked from it. */
  proofOn?: string | null;
  onReadTwoDDoc?: (pieceId: TwoDDocPiece, label: string) => void;
}) {
  const t = useStationText();
  const titles = piece.titles.map((title) => t(`title.${title}`)).join(' et ');
  const status = piece.status ?? 'unchecked';
  const copies = t(`copies.${piece.copies}`);
  // "Photocopie de la pièce d'identité de l'hébergeant" already says it.
  const saysCopies = piece.copies === 'original' || piece.label.toLowerCase().includes(copies.toLowerCase());
  return (
    <li className={`piece status-${status}`} data-piece={piece.id} onKeyDown={(e) => onKeyDown(e, piece)}>
      <span className={`badge piece-${status}`} aria-hidden="true">
        {SHAPE[status]} {t(`pieces.state.${status}`)}
      </span>
      <ChoiceField
        compact
        name={`piece-${piece.id}`}
        label={fr(piece.label)}
        help={fr(`${titles}${saysCopies ? '' : ` — ${copies}`}${piece.condition ? ` — ${piece.condition}` : ''}`)}
        choices={[
          { value: 'presented', label: t('pieces.presented') },
          { value: 'missing', label: t('pieces.missingOne') },
          { value: 'unchecked', label: t('pieces.unchecked') },
        ]}
        value={status}
        onChange={(value) => onStatus(piece.id, value === 'unchecked' ? null : (value as PieceStatus))}
      />
      {piece.status === 'presented' && proofOn && (
        <p className="two-d-doc-proof" data-two-d-doc-proof={proofOn}>
          {t('twoDDoc.receipt', { date: frenchDate(proofOn) })}
        </p>
      )}
      {onReadTwoDDoc && isTwoDDocPiece(piece.id) && (
        <button type="button" className="two-d-doc-read" onClick={() => onReadTwoDDoc(piece.id as TwoDDocPiece, piece.label)}>
          {t('twoDDoc.action')}
        </button>
      )}
      {piece.id === 'photo' && piece.where === 'bring' && (
        <details className="criteria">
          <summary>{t('pieces.photoCheck')}</summary>
          <ul>
            {criteria.map((c) => (
              <li key={c}>{fr(c)}</li>
            ))}
          </ul>
        </details>
      )}
      <details>
        <summary>{t('pieces.why')}</summary>
        <p>{fr(explain('fr', piece, piece.reason))}</p>
        <p className="sources">{t('pieces.sources', { sources: piece.sources.join(' ; ') })}</p>
      </details>
    </li>
  );
}
