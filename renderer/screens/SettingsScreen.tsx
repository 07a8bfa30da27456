import { useEffect, useRef } from 'react';
import type { Settings } from '../../electron/common/contract.js';
import { KioskConfirmDialog } from './KioskConfirmDialog.js';
import { useStationText } from '../station-text.js';
import { TrustBundleSettings } from './TrustBundleSettings.js';
import { DelaySettings } from './settings/DelaySettings.js';
import { ModeSettings } from './settings/ModeSettings.js';
import { PlaceSettings } from './settings/PlaceSettings.js';
import { PrinterSettings } from './settings/PrinterSettings.js';
import { useSettingsForm } from './settings/use-settings-form.js';

/** The station's settings; on first start, the screen that asks for them. Every error is shown at once, beside its field. */
export function SettingsScreen(props: { current: Settings | null; onSaved: (settings: Settings) => void }) {
  const t = useStationText();
  const form = useSettingsForm(props.current, props.onSaved);
  const section = { draft: form.draft, set: form.set, errors: form.errors };
  const errorCount = Object.keys(form.errors).length;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <main id="main" className="settings">
      <h1 ref={heading} tabIndex={-1}>
        {t(props.current ? 'settings.title' : 'settings.firstStart')}
      </h1>
      {!props.current && <p>{t('settings.intro')}</p>}
      <p className="hint">{t('settings.requiredNote')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit();
        }}
        className="panel settings-form"
      >
        {errorCount > 0 && (
          <p role="alert" className="error">
            {t('settings.errors', { count: errorCount })}
          </p>
        )}
        <PlaceSettings {...section} />
        <ModeSettings {...section} />
        <PrinterSettings {...section} />
        <DelaySettings {...section} />
        {form.failure && (
          <p role="alert" className="error">
            {form.failure}
          </p>
        )}
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
      </form>
      {/* The 2D-Doc trust bundle: a station's, once it is set up. */}
      {props.current?.mode === 'station' && <TrustBundleSettings />}
      {form.confirming && <KioskConfirmDialog onConfirm={form.confirmKiosk} onClose={form.closeConfirm} />}
    </main>
  );
}
