import { useState } from 'react';
import type { Settings, TwoDDocPiece } from '../../electron/common/contract.js';
import { useSingleFlight } from '../single-flight.js';
import { useStationText } from '../station-text.js';
import { useVisitFocus } from '../visit/focus.js';
import { ReceiptDialog } from '../visit/ReceiptDialog.js';
import { RemoveApplicantDialog } from '../visit/RemoveApplicantDialog.js';
import { TwoDDocDialog } from '../visit/TwoDDocDialog.js';
import { useVisit } from '../visit/useVisit.js';
import { visitActions } from '../visit/visit-actions.js';
import { VisitHeader } from '../visit/VisitHeader.js';
import { VisitPanel } from '../visit/VisitPanel.js';

/** One visit at the counter: its applicants, each one's questions, pieces and summary, and the receipt. */
export function VisitScreen(props: { reference: string; settings: Settings; onLeave: () => void }) {
  const t = useStationText();
  const focus = useVisitFocus();
  const state = useVisit(props.reference, props.settings, focus);
  const actions = visitActions(state, focus);
  // « Ajouter un demandeur » clicked twice while the first is on its way adds one applicant, not two.
  const adding = useSingleFlight();
  const { visit, applicant, error } = state;
  /** The proof-of-address piece whose 2D-Doc is being read, if any. */
  const [twoDDoc, setTwoDDoc] = useState<{ pieceId: TwoDDocPiece; label: string } | null>(null);
  const [receiptOpen, setReceiptOpen] = useState(false);
  /** The visit's status line: what just happened outside the screen (where a saved receipt went). */
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<number | null>(null);

  const errorLine = error && (
    <p role="alert" className="error">
      {error}
    </p>
  );
  if (!visit) {
    return (
      <main id="main">
        <h1 ref={focus.heading} tabIndex={-1}>
          {t('visit.title', { reference: props.reference })}
        </h1>
        {errorLine || <p>{t('app.loading')}</p>}
        <button type="button" onClick={props.onLeave}>
          {t('visit.back')}
        </button>
      </main>
    );
  }

  const number = (id: number) => visit.applicants.findIndex((a) => a.id === id) + 1;
  return (
    <main id="main" className="visit">
      <VisitHeader
        visit={visit}
        heading={focus.heading}
        tabs={state.tabs}
        selected={state.selected}
        onSelect={state.setSelected}
        onAdd={() => void adding.run(actions.addApplicant)}
        onReceipt={() => {
          setNotice('');
          setReceiptOpen(true);
        }}
        onLeave={props.onLeave}
      />
      {errorLine}
      {/* Always on the page, so a screen reader announces what is written into it. */}
      <p role="status" className="visit-status" data-testid="visit-status">
        {notice}
      </p>
      <VisitPanel
        state={state}
        actions={actions}
        onAccept={focus.focusNext}
        onRemove={setRemoving}
        onReadTwoDDoc={(pieceId, label) => setTwoDDoc({ pieceId, label })}
      />
      {removing !== null && (
        <RemoveApplicantDialog
          number={number(removing)}
          onConfirm={() => void actions.removeApplicant(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
      {twoDDoc && applicant && (
        <TwoDDocDialog
          reference={visit.reference}
          applicantId={applicant.id}
          pieceId={twoDDoc.pieceId}
          pieceLabel={twoDDoc.label}
          onTicked={state.setVisit}
          onClose={() => setTwoDDoc(null)}
        />
      )}
      {receiptOpen && (
        <ReceiptDialog
          reference={visit.reference}
          printer={props.settings.printer}
          saved={state.saved}
          onClose={() => setReceiptOpen(false)}
          onSaved={setNotice}
        />
      )}
    </main>
  );
}
