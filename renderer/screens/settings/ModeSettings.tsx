import type { Settings } from '../../../electron/common/contract.js';
import { ChoiceField } from '../../forms/fields.js';
import { useStationText } from '../../station-text.js';
import type { SectionProps } from './settings-draft.js';

/** Counter station or lobby kiosk (becoming a kiosk is confirmed on save). */
export function ModeSettings({ draft, set }: SectionProps) {
  const t = useStationText();
  return (
    <ChoiceField
      name="mode"
      label={t('settings.mode')}
      value={draft.mode}
      onChange={(v) => set('mode', v as Settings['mode'])}
      choices={[
        { value: 'station', label: t('settings.mode.station') },
        { value: 'kiosk', label: t('settings.mode.kiosk') },
      ]}
    />
  );
}
