import { useEffect, useId, useRef, useState } from 'react';
import { certFor, DEPARTEMENTS } from '../../rules/index.js';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../electron/api/contract.js';
import { kiosk } from '../api/kiosk-client.js';
import { ChoiceField } from '../forms/fields.js';
import { useStationText } from '../station-text.js';

type Draft = Omit<Settings, 'retentionDays' | 'inactivitySeconds' | 'printer'> & { retentionDays: string; inactivitySeconds: string; printer: string };

/** The station's settings; on first start, the screen that asks for them. */
export function SettingsScreen(props: { current: Settings | null; onSaved: (settings: Settings) => void }) {
  const t = useStationText();
  const base = props.current ?? { ...DEFAULT_SETTINGS, mairieName: '', address: '', departement: '' };
  const [draft, setDraft] = useState<Draft>({ ...base, retentionDays: String(base.retentionDays), inactivitySeconds: String(base.inactivitySeconds), printer: base.printer ?? '' });
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ids = { name: useId(), address: useId(), departement: useId(), printer: useId(), retention: useId(), inactivity: useId() };
  useEffect(() => heading.current?.focus(), []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = async () => {
    const parsed = settingsSchema.safeParse({
      ...draft, printer: draft.printer.trim() === '' ? null : draft.printer, retentionDays: Number(draft.retentionDays), inactivitySeconds: Number(draft.inactivitySeconds),
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]!.path[0]) as keyof Settings;
      setError(t('settings.check', { field: t(`settings.field.${field as Exclude<keyof Settings, 'mode' | 'paper'>}`) }));
      return;
    }
    try {
      props.onSaved(await kiosk.saveSettings({ settings: parsed.data }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const cert = certFor(draft.departement);

  return (
    <main id="main" className="settings">
      <h1 ref={heading} tabIndex={-1}>{t(props.current ? 'settings.title' : 'settings.firstStart')}</h1>
      {!props.current && <p>{t('settings.intro')}</p>}
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} className="panel">
        <div className="field"><label htmlFor={ids.name}>{t('settings.mairieName')}</label>
          <input id={ids.name} value={draft.mairieName} onChange={(e) => set('mairieName', e.target.value)} autoComplete="organization" /></div>
        <div className="field"><label htmlFor={ids.address}>{t('settings.address')}</label>
          <input id={ids.address} value={draft.address} onChange={(e) => set('address', e.target.value)} autoComplete="street-address" /></div>
        <div className="field"><label htmlFor={ids.departement}>{t('settings.departement')}</label>
          <select id={ids.departement} value={draft.departement} onChange={(e) => set('departement', e.target.value)}>
            <option value="">{t('settings.departement.choose')}</option>
            {DEPARTEMENTS.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
          {cert && <span className="hint">{t('settings.cert', { cert: cert.name })}</span>}</div>
        <ChoiceField name="mode" label={t('settings.mode')} value={draft.mode} onChange={(v) => set('mode', v as Settings['mode'])}
          choices={[{ value: 'station', label: t('settings.mode.station') }, { value: 'kiosk', label: t('settings.mode.kiosk') }]} />
        <ChoiceField name="paper" label={t('settings.paper')} value={draft.paper} onChange={(v) => set('paper', v as Settings['paper'])}
          choices={[{ value: '80mm', label: t('settings.paper.80mm') }, { value: 'a4', label: t('settings.paper.a4') }]} />
        <div className="field"><label htmlFor={ids.printer}>{t('settings.printer')}</label>
          <input id={ids.printer} value={draft.printer} onChange={(e) => set('printer', e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.retention}>{t('settings.retention')}</label>
          <input id={ids.retention} inputMode="numeric" value={draft.retentionDays} onChange={(e) => set('retentionDays', e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.inactivity}>{t('settings.inactivity')}</label>
          <input id={ids.inactivity} inputMode="numeric" value={draft.inactivitySeconds} onChange={(e) => set('inactivitySeconds', e.target.value)} /></div>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary">{t('settings.save')}</button>
      </form>
    </main>
  );
}
