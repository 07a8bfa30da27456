import { useEffect, useRef, useState } from 'react';
import { certFor, DEPARTEMENTS } from '../../rules/index.js';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../electron/common/contract.js';
import { departementLabel } from '../../electron/common/departements.js';
import { api } from '../api/host-api.js';
import { ChoiceField } from '../forms/fields.js';
import { SettingField } from '../forms/SettingField.js';
import { KioskConfirmDialog } from './KioskConfirmDialog.js';
import { useStationText } from '../station-text.js';
import { TrustBundleSettings } from './TrustBundleSettings.js';

type Field = keyof Settings;
type Draft = Omit<Settings, 'retentionDays' | 'inactivitySeconds' | 'printer' | 'booking' | 'productionDelayDays'> & {
  retentionDays: string;
  inactivitySeconds: string;
  printer: string;
  booking: string;
  productionDelayDays: string;
};

/** The fields in the order of the page: the first in error takes the focus. */
const ORDER: Field[] = [
  'mairieName',
  'address',
  'departement',
  'mode',
  'paper',
  'printer',
  'retentionDays',
  'inactivitySeconds',
  'booking',
  'productionDelayDays',
];
const fieldId = (field: Field) => `setting-${field}`;
const optional = (text: string) => (text.trim() === '' ? null : text.trim());
/** A number typed by a person: "14", " 14 "; anything else is NaN, which the schema refuses. */
const integer = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The station's settings; on first start, the screen that asks for them. Every error is shown at once, beside its field. */
export function SettingsScreen(props: { current: Settings | null; onSaved: (settings: Settings) => void }) {
  const t = useStationText();
  const base = props.current ?? { ...DEFAULT_SETTINGS, mairieName: '', address: '', departement: '' };
  const [draft, setDraft] = useState<Draft>({
    ...base,
    retentionDays: String(base.retentionDays),
    inactivitySeconds: String(base.inactivitySeconds),
    printer: base.printer ?? '',
    booking: base.booking ?? '',
    productionDelayDays: base.productionDelayDays === null ? '' : String(base.productionDelayDays),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [printers, setPrinters] = useState<string[] | null>(null);
  const [testOutcome, setTestOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  const [confirming, setConfirming] = useState<Settings | null>(null);
  const kioskConfirmed = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    api.listPrinters({}).then(setPrinters, () => setPrinters([]));
  }, []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = async () => {
    const parsed = settingsSchema.safeParse({
      ...draft,
      printer: optional(draft.printer),
      booking: optional(draft.booking),
      retentionDays: integer(draft.retentionDays),
      inactivitySeconds: integer(draft.inactivitySeconds),
      productionDelayDays: draft.productionDelayDays.trim() === '' ? null : integer(draft.productionDelayDays),
    });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]) as Exclude<Field, 'mode' | 'paper'>;
        found[field] ??= t(`settings.error.${field}`);
      }
      setErrors(found);
      const first = ORDER.find((field) => found[field]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    // Becoming a kiosk takes the counter away from this screen: asked first, with the way back.
    if (parsed.data.mode === 'kiosk' && props.current?.mode !== 'kiosk') setConfirming(parsed.data);
    else await save(parsed.data);
  };
  const save = async (settings: Settings) => {
    try {
      props.onSaved(await api.saveSettings({ settings }));
    } catch (e) {
      setFailure((e as Error).message);
    }
  };
  const testPrint = async () => {
    if (!draft.printer) return;
    try {
      const result = await api.printTestPage({ printer: draft.printer, paper: draft.paper });
      setTestOutcome({ text: result.message, failed: !result.printed });
    } catch (e) {
      setTestOutcome({ text: (e as Error).message, failed: true });
    }
  };
  const cert = certFor(draft.departement);
  const errorCount = Object.keys(errors).length;
  const known = printers ?? [];
  const printerChoices = draft.printer && !known.includes(draft.printer) ? [...known, draft.printer] : known;

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
          void submit();
        }}
        className="panel settings-form"
      >
        {errorCount > 0 && (
          <p role="alert" className="error">
            {t('settings.errors', { count: errorCount })}
          </p>
        )}
        <SettingField id={fieldId('mairieName')} label={t('settings.mairieName')} required error={errors.mairieName}>
          {(aria) => (
            <input {...aria} value={draft.mairieName} onChange={(e) => set('mairieName', e.target.value)} autoComplete="organization" />
          )}
        </SettingField>
        <SettingField id={fieldId('address')} label={t('settings.address')} required error={errors.address}>
          {(aria) => (
            <input {...aria} value={draft.address} onChange={(e) => set('address', e.target.value)} autoComplete="street-address" />
          )}
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
        <ChoiceField
          name="paper"
          label={t('settings.paper')}
          value={draft.paper}
          onChange={(v) => set('paper', v as Settings['paper'])}
          choices={[
            { value: '80mm', label: t('settings.paper.80mm') },
            { value: 'a4', label: t('settings.paper.a4') },
          ]}
        />
        <SettingField
          id={fieldId('printer')}
          label={t('settings.printer')}
          error={errors.printer}
          hint={printers === null ? t('app.loading') : known.length === 0 ? t('settings.printer.none') : t('settings.printer.hint')}
        >
          {(aria) => (
            <div className="inline">
              <select
                {...aria}
                value={draft.printer}
                onChange={(e) => {
                  set('printer', e.target.value);
                  setTestOutcome(null);
                }}
              >
                <option value="">{t('settings.printer.pdfOnly')}</option>
                {printerChoices.map((p) => (
                  <option key={p} value={p}>
                    {known.includes(p) ? p : t('settings.printer.notFound', { printer: p })}
                  </option>
                ))}
              </select>
              <button type="button" disabled={!draft.printer} onClick={() => void testPrint()}>
                {t('settings.printer.test')}
              </button>
            </div>
          )}
        </SettingField>
        {testOutcome && (
          <p role={testOutcome.failed ? 'alert' : 'status'} className={testOutcome.failed ? 'error' : 'status'}>
            {testOutcome.text}
          </p>
        )}
        <SettingField id={fieldId('retentionDays')} label={t('settings.retention')} required error={errors.retentionDays}>
          {(aria) => (
            <input {...aria} inputMode="numeric" value={draft.retentionDays} onChange={(e) => set('retentionDays', e.target.value)} />
          )}
        </SettingField>
        <SettingField id={fieldId('inactivitySeconds')} label={t('settings.inactivity')} required error={errors.inactivitySeconds}>
          {(aria) => (
            <input
              {...aria}
              inputMode="numeric"
              value={draft.inactivitySeconds}
              onChange={(e) => set('inactivitySeconds', e.target.value)}
            />
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
        {failure && (
          <p role="alert" className="error">
            {failure}
          </p>
        )}
        <button type="submit" className="primary">
          {t('settings.save')}
        </button>
      </form>
      {/* The 2D-Doc trust bundle: a station's, once it is set up. */}
      {props.current?.mode === 'station' && <TrustBundleSettings />}
      {confirming && (
        <KioskConfirmDialog
          onConfirm={() => {
            kioskConfirmed.current = true;
            void save(confirming);
          }}
          onClose={() => {
            // Cancelled: the form shows the mode that is stored, not the one that was refused.
            if (!kioskConfirmed.current) set('mode', props.current?.mode ?? 'station');
            kioskConfirmed.current = false;
            setConfirming(null);
            document.querySelector<HTMLInputElement>('input[name^="mode-"]:checked')?.focus();
          }}
        />
      )}
    </main>
  );
}
