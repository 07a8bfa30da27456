import { useEffect, useRef } from 'react';
import { useStationText } from '../station-text.js';

/**
 * Asks before a station becomes a kiosk, and says how to come back: the
 * kiosk's page can never change its mode, so the way back is at the
 * machine's keyboard. Escape or « Annuler » keeps the counter.
 */
export function KioskConfirmDialog(props: { onConfirm: () => void; onClose: () => void }) {
  const t = useStationText();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="kiosk-title"
      aria-describedby="kiosk-body kiosk-back"
      onClose={props.onClose}
    >
      <h2 id="kiosk-title">{t('settings.kiosk.title')}</h2>
      <p id="kiosk-body">{t('settings.kiosk.body')}</p>
      <p id="kiosk-back">
        <strong>{t('settings.kiosk.back')}</strong>
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            props.onConfirm();
            dialog.current?.close();
          }}
        >
          {t('settings.kiosk.confirm')}
        </button>
        <button type="button" ref={cancel} onClick={() => dialog.current?.close()}>
          {t('settings.kiosk.cancel')}
        </button>
      </div>
    </dialog>
  );
}
