import { PHOTO_CRITERIA } from '../../rules/index.js';
import type { CheckedPiece } from '../../electron/api/applicant-evaluation.js';
import type { PieceStatus } from '../../electron/api/contract.js';
import { ChoiceField } from '../forms/fields.js';
import { useStationText } from '../station-text.js';

/** The pieces grouped by where they come from, each ticked presented or missing, with why on demand. */
export function Checklist(props: { pieces: CheckedPiece[]; onStatus: (pieceId: CheckedPiece['id'], status: PieceStatus | null) => void }) {
  const t = useStationText();
  const toBring = props.pieces.filter((p) => p.where === 'bring');
  const atCounter = props.pieces.filter((p) => p.where === 'counter');
  const missing = toBring.filter((p) => p.status !== 'presented').length;
  return (
    <section aria-labelledby="checklist-title" className="panel">
      <h2 id="checklist-title">{t('pieces.title')}</h2>
      <p className="status" role="status">{toBring.length === 0 ? t('pieces.none') : missing === 0 ? t('pieces.allPresented') : t('pieces.missing', { count: missing })}</p>
      <ul className="pieces">{toBring.map((piece) => <PieceItem key={piece.id} piece={piece} onStatus={props.onStatus} />)}</ul>
      {atCounter.length > 0 && (
        <>
          <h3>{t('pieces.atCounter')}</h3>
          <ul className="pieces">{atCounter.map((piece) => <PieceItem key={piece.id} piece={piece} onStatus={props.onStatus} />)}</ul>
        </>
      )}
    </section>
  );
}

function PieceItem({ piece, onStatus }: { piece: CheckedPiece; onStatus: (id: CheckedPiece['id'], status: PieceStatus | null) => void }) {
  const t = useStationText();
  const titles = piece.titles.map((title) => t(`title.${title}`)).join(' et ');
  return (
    <li className={`piece status-${piece.status ?? 'unchecked'}`} data-piece={piece.id}>
      <ChoiceField
        compact
        name={`piece-${piece.id}`}
        label={piece.label}
        help={`${titles}${piece.copies === 'original' ? '' : ` — ${t(`copies.${piece.copies}`)}`}${piece.condition ? ` — ${piece.condition}` : ''}`}
        choices={[
          { value: 'presented', label: t('pieces.presented') },
          { value: 'missing', label: t('pieces.missingOne') },
          { value: 'unchecked', label: t('pieces.unchecked') },
        ]}
        value={piece.status ?? 'unchecked'}
        onChange={(value) => onStatus(piece.id, value === 'unchecked' ? null : (value as PieceStatus))}
      />
      {piece.id === 'photo' && piece.where === 'bring' && (
        <div className="criteria">
          <p>{t('pieces.photoCheck')}</p>
          <ul>{PHOTO_CRITERIA.map((c) => <li key={c}>{c}</li>)}</ul>
        </div>
      )}
      <details>
        <summary>{t('pieces.why')}</summary>
        <p>{piece.reason}</p>
        <p className="sources">{t('pieces.sources', { sources: piece.sources.join(' ; ') })}</p>
      </details>
    </li>
  );
}
