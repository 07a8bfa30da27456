import { certFor, DEPARTEMENTS } from '../../../rules/index.js';
import { departementLabel } from '../../../electron/common/departements.js';
import { SettingField } from '../../forms/SettingField.js';
import { useStationText } from '../../station-text.js';
import { fieldId, type SectionProps } from './settings-draft.js';

/** The mairie: its name and address (on the receipts), its département (which certificates it needs). */
export function PlaceSettings({ draft, set, errors }: SectionProps) {
  const t = useStationText();
  const cert = certFor(draft.departement);
  return (
    <>
      <SettingField id={fieldId('mairieName')} label={t('settings.mairieName')} required error={errors.mairieName}>
        {(aria) => (
          <input {...aria} value={draft.mairieName} onChange={(e) => set('mairieName', e.target.value)} autoComplete="organization" />
        )}
      </SettingField>
      <SettingField id={fieldId('address')} label={t('settings.address')} required error={errors.address}>
        {(aria) => <input {...aria} value={draft.address} onChange={(e) => set('address', e.target.value)} autoComplete="street-address" />}
      </SettingField>
      <SettingField
        id={fieldId('departement')}
        label={t('settings.departement')}
        required
        error={errors.departement}
        hint={cert ? t('settings.cert', { cert: cert.name }) : undefined}
      >
        {(aria) => (
          <select {...aria} value={draft.departement} onChange={(e) => set('departement', e.target.value)}>
            <option value="">{t('settings.departement.choose')}</option>
            {DEPARTEMENTS.map((d) => (
              <option key={d} value={d}>
                {departementLabel(d)}
              </option>
            ))}
          </select>
        )}
      </SettingField>
    </>
  );
}
