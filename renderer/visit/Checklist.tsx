import { PHOTO_CRITERIA } from '../../rules/index.js';
import { COPIES_LABELS, TITLE_LABELS, type CheckedPiece } from '../../electron/api/applicant-evaluation.js';
import type { PieceStatus } from '../../electron/api/contract.js';
import { ChoiceField } from '../forms/fields.js';

const STATUS_CHOICES = [
  { value: 'presented', label: 'Présentée' },
  { value: 'missing', label: 'Manquante' },
  { value: 'unchecked', label: 'Non vérifiée' },
];

/** The pieces grouped by where they come from, each ticked presented or missing, with why on demand. */
export function Checklist(props: { pieces: CheckedPiece[]; onStatus: (pieceId: CheckedPiece['id'], status: PieceStatus | null) => void }) {
  const toBring = props.pieces.filter((p) => p.where === 'bring');
  const atCounter = props.pieces.filter((p) => p.where === 'counter');
  const missing = toBring.filter((p) => p.status !== 'presented').length;
  return (
    <section aria-labelledby="checklist-title" className="panel">
      <h2 id="checklist-title">Pièces</h2>
      <p className="status" role="status">{toBring.length === 0 ? 'Aucune pièce connue pour l’instant.' : missing === 0 ? 'Toutes les pièces à apporter sont présentées.' : `${missing} pièce${missing > 1 ? 's' : ''} à apporter non présentée${missing > 1 ? 's' : ''}.`}</p>
      <ul className="pieces">{toBring.map((piece) => <PieceItem key={piece.id} piece={piece} onStatus={props.onStatus} />)}</ul>
      {atCounter.length > 0 && (
        <>
          <h3>Au guichet</h3>
          <ul className="pieces">{atCounter.map((piece) => <PieceItem key={piece.id} piece={piece} onStatus={props.onStatus} />)}</ul>
        </>
      )}
    </section>
  );
}

function PieceItem({ piece, onStatus }: { piece: CheckedPiece; onStatus: (id: CheckedPiece['id'], status: PieceStatus | null) => void }) {
  const titles = piece.titles.map((t) => TITLE_LABELS[t]).join(' et ');
  return (
    <li className={`piece status-${piece.status ?? 'unchecked'}`} data-piece={piece.id}>
      <ChoiceField
        compact
        name={`piece-${piece.id}`}
        label={piece.label}
        help={`${titles}${piece.copies === 'original' ? '' : ` — ${COPIES_LABELS[piece.copies]}`}${piece.condition ? ` — ${piece.condition}` : ''}`}
        choices={STATUS_CHOICES}
        value={piece.status ?? 'unchecked'}
        onChange={(value) => onStatus(piece.id, value === 'unchecked' ? null : (value as PieceStatus))}
      />
      {piece.id === 'photo' && piece.where === 'bring' && (
        <div className="criteria">
          <p>Vérifier la photo (premier motif de rejet) :</p>
          <ul>{PHOTO_CRITERIA.map((c) => <li key={c}>{c}</li>)}</ul>
        </div>
      )}
      <details>
        <summary>Pourquoi cette pièce ?</summary>
        <p>{piece.reason}</p>
        <p className="sources">Sources : {piece.sources.join(' ; ')}</p>
      </details>
    </li>
  );
}
