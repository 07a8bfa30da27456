import { SettingField } from '../../forms/SettingField.js';
import { useStationText } from '../../station-text.js';
import { fieldId, type SectionProps } from './settings-draft.js';

/** How long things last: the visits kept, the kiosk's inactivity, the prefecture's production delay; and where to book. */
export function DelaySettings({ draft, set, errors }: SectionProps) {
  const t = useStationText();
  return (
    <>
      <SettingField id={fieldId('retentionDays')} label={t('settings.retention')} required error={errors.retentionDays}>
        {(aria) => (
          <input {...aria} inputMode="numeric" value={draft.retentionDays} onChange={(e) => set('retentionDays', e.target.value)} />
        )}
      </SettingField>
      <SettingField id={fieldId('inactivitySeconds')} label={t('settings.inactivity')} required error={errors.inactivitySeconds}>
        {(aria) => (
          <input {...aria} inputMode="numeric" value={draft.inactivitySeconds} onChange={(e) => set('inactivitySeconds', e.target.value)} />
        )}
      </SettingField>
      <SettingField id={fieldId('booking')} label={t('settings.booking')} hint={t('settings.booking.hint')} error={errors.booking}>
        {(aria) => <input {...aria} value={draft.booking} onChange={(e) => set('booking', e.target.value)} autoComplete="off" />}
      </SettingField>
      <SettingField
        id={fieldId('productionDelayDays')}
        label={t('settings.productionDelay')}
        hint={t('settings.productionDelay.hint')}
        error={errors.productionDelayDays}
      >
        {(aria) => (
          <input
            {...aria}
            inputMode="numeric"
            value={draft.productionDelayDays}
            onChange={(e) => set('productionDelayDays', e.target.value)}
          />
        )}
      </SettingField>
    </>
  );
}
