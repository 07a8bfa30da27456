import { useEffect, useRef } from 'react';
import { useStationText } from '../station-text.js';

/** Asks before removing an applicant: their answers and checks go with them. Escape or "Annuler" keeps them. */
export function RemoveApplicantDialog(props: { number: number; onConfirm: () => void; onClose: () => void }) {
  const t = useStationText();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby="remove-title" aria-describedby="remove-body" onClose={props.onClose}>
      <h2 id="remove-title">{t('visit.remove.title', { number: props.number })}</h2>
      <p id="remove-body">{t('visit.remove.body')}</p>
      <div className="actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            props.onConfirm();
            dialog.current?.close();
          }}
        >
          {t('visit.remove.confirm')}
        </button>
        <button type="button" ref={cancel} onClick={() => dialog.current?.close()}>
          {t('visit.remove.cancel')}
        </button>
      </div>
    </dialog>
  );
}
