import type { TwoDDocPiece } from '../../electron/common/contract.js';
import { applicantState } from '../../electron/common/visit-state.js';
import { useStationText } from '../station-text.js';
import { panelId, tabId } from './ApplicantTabs.js';
import { Checklist } from './Checklist.js';
import { QuestionsPanel } from './QuestionsPanel.js';
import { Summary } from './Summary.js';
import type { VisitActions } from './visit-actions.js';
import type { VisitState } from './useVisit.js';

/** The selected applicant's three columns: questions, pieces, summary. */
export function VisitPanel(props: {
  state: VisitState;
  actions: VisitActions;
  onRemove: (applicantId: number) => void;
  onAccept: () => void;
  onReadTwoDDoc: (pieceId: TwoDDocPiece, label: string) => void;
}) {
  const t = useStationText();
  const { visit, applicant, evaluation, pieces } = props.state;
  if (!visit || !applicant || !evaluation) return <p>{t('visit.empty')}</p>;
  return (
    <div role="tabpanel" id={panelId(applicant.id)} aria-labelledby={tabId(applicant.id)} className="station-grid">
      <div className="column">
        <QuestionsPanel
          answers={applicant.answers}
          evaluation={evaluation}
          today={visit.depositDate}
          onAnswer={props.actions.onAnswer}
          onAccept={props.onAccept}
        />
        <button type="button" className="danger remove" onClick={() => props.onRemove(applicant.id)}>
          {t('visit.remove')}
        </button>
      </div>
      <div className="column">
        <Checklist
          key={applicant.id}
          pieces={pieces}
          today={visit.depositDate}
          onStatus={props.actions.onStatus}
          proofs={applicant.proofs}
          onReadTwoDDoc={props.onReadTwoDDoc}
          onAllPresented={props.actions.onAllPresented}
          onRestPresented={props.actions.onRestPresented}
          onRestoreChecks={props.actions.onRestoreChecks}
        />
      </div>
      <div className="column">
        <Summary evaluation={evaluation} state={applicantState(evaluation, pieces)} today={visit.depositDate} />
      </div>
    </div>
  );
}
