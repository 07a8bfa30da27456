import { ConfirmDialog } from '../forms/ConfirmDialog.js';
import { useStationText } from '../station-text.js';

/**
 * Asks before a station becomes a kiosk, and says how to come back: the
 * kiosk's page can never change its mode, so the way back is at the
 * machine's keyboard. Escape or « Annuler » keeps the counter.
 */
export function KioskConfirmDialog(props: { onConfirm: () => void; onClose: () => void }) {
  const t = useStationText();
  return (
    <ConfirmDialog
      title={t('settings.kiosk.title')}
      confirm={t('settings.kiosk.confirm')}
      cancel={t('settings.kiosk.cancel')}
      tone="primary"
      onConfirm={props.onConfirm}
      onClose={props.onClose}
    >
      <p>{t('settings.kiosk.body')}</p>
      <p>
        <strong>{t('settings.kiosk.back')}</strong>
      </p>
    </ConfirmDialog>
  );
}
