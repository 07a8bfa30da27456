import type { KeyboardEvent } from 'react';
import { figuresAt, photoCriteria } from '../../rules/index.js';
import type { CheckedPiece } from '../../electron/common/applicant-evaluation.js';
import type { Applicant, PieceStatus, TwoDDocPiece } from '../../electron/common/contract.js';
import { useStationText } from '../station-text.js';
import { AllPresentedUndo, useAllPresentedUndo, type PreviousChecks } from './AllPresentedUndo.js';
import { PieceItem, type OnStatus } from './PieceItem.js';

/** The agent's three keys on a piece: P presented, M missing, V to check; the focus then moves to the next piece. */
const SHORTCUTS: Record<string, PieceStatus | null> = { p: 'presented', m: 'missing', v: null };

/** The pieces grouped by where they come from, each ticked presented or missing, with why on demand. */
export function Checklist(props: {
  pieces: CheckedPiece[];
  /** The deposit date: the photo criteria shown are those in force then. */
  today: string;
  onStatus: OnStatus;
  onAllPresented: () => void;
  /** Pieces ticked from a verified 2D-Doc (issue 17). */
  proofs?: Applicant['proofs'];
  /** Opens « Lire le 2D-Doc » on a proof-of-address piece. */
  onReadTwoDDoc?: (pieceId: TwoDDocPiece, label: string) => void;
  /** T on a piece: every piece to bring not yet ticked is presented; those marked missing stay missing. */
  onRestPresented: () => void;
  /** Undoes « Tout présenté »: each piece back to its check before it. */
  onRestoreChecks: (previous: PreviousChecks) => void;
}) {
  const criteria = photoCriteria(figuresAt(props.today));
  const t = useStationText();
  const toBring = props.pieces.filter((p) => p.where === 'bring');
  const atCounter = props.pieces.filter((p) => p.where === 'counter');
  const missing = toBring.filter((p) => p.status === 'missing').length;
  const unchecked = toBring.filter((p) => p.status === null).length;
  // The counter's pieces read « À vérifier » too until ticked: the line counts them, apart, or it says fewer than the list shows.
  const counterUnchecked = atCounter.filter((p) => p.status === null).length;
  const undo = useAllPresentedUndo(props.onRestoreChecks);
  // Any other tick and the undo would put back a state the agent moved on from: the offer ends.
  const onStatus: OnStatus = (id, status) => {
    undo.clear();
    props.onStatus(id, status);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, piece: CheckedPiece) => {
    const key = event.key.toLowerCase();
    if (event.ctrlKey || event.altKey || event.metaKey || !(key in SHORTCUTS || key === 't')) return;
    if (event.target instanceof HTMLInputElement && event.target.type === 'text') return;
    event.preventDefault();
    // One key once the missing pieces are marked: everything else the person handed over.
    if (key === 't') {
      undo.clear();
      props.onRestPresented();
      return;
    }
    onStatus(piece.id, SHORTCUTS[key]!);
    const items = [...event.currentTarget.closest('section')!.querySelectorAll<HTMLLIElement>('li.piece')];
    const next = items[items.indexOf(event.currentTarget) + 1];
    next?.querySelector<HTMLInputElement>('input[type="radio"]:checked, input[type="radio"]')?.focus();
  };

  return (
    <section aria-labelledby="checklist-title" className="panel checklist">
      <div className="panel-head">
        <h2 id="checklist-title">{t('pieces.title')}</h2>
        {toBring.length > 0 && (
          <button
            type="button"
            data-next="all-presented"
            onClick={() => {
              undo.offer(toBring);
              props.onAllPresented();
            }}
            disabled={toBring.every((p) => p.status === 'presented')}
          >
            {t('pieces.allPresent')}
          </button>
        )}
      </div>
      <p className="status" role="status">
        {toBring.length === 0
          ? t('pieces.none')
          : missing + unchecked === 0
            ? t('pieces.allPresented')
            : t('pieces.count', { missing, unchecked })}
        {counterUnchecked > 0 && ` ${t('pieces.count.counter', { unchecked: counterUnchecked })}`}
      </p>
      <AllPresentedUndo undo={undo} />
      <p className="hint" id="piece-keys">
        {t('pieces.keys')} {t('pieces.keys.rest')}
      </p>
      <ul className="pieces">
        {toBring.map((piece) => (
          <PieceItem
            key={piece.id}
            piece={piece}
            criteria={criteria}
            onStatus={onStatus}
            onKeyDown={onKeyDown}
            proofOn={props.proofs?.[piece.id]?.emittedOn ?? null}
            onReadTwoDDoc={props.onReadTwoDDoc}
          />
        ))}
      </ul>
      {atCounter.length > 0 && (
        <>
          <h3>{t('pieces.atCounter')}</h3>
          <ul className="pieces">
            {atCounter.map((piece) => (
              <PieceItem key={piece.id} piece={piece} criteria={criteria} onStatus={onStatus} onKeyDown={onKeyDown} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
