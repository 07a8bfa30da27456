import { ConfirmDialog } from '../forms/ConfirmDialog.js';
import { useStationText } from '../station-text.js';

/** Asks before removing an applicant: their answers and checks go with them. Escape or « Annuler » keeps them. */
export function RemoveApplicantDialog(props: { number: number; onConfirm: () => void; onClose: () => void }) {
  const t = useStationText();
  return (
    <ConfirmDialog
      title={t('visit.remove.title', { number: props.number })}
      confirm={t('visit.remove.confirm')}
      cancel={t('visit.remove.cancel')}
      tone="danger"
      onConfirm={props.onConfirm}
      onClose={props.onClose}
    >
      <p>{t('visit.remove.body')}</p>
    </ConfirmDialog>
  );
}
