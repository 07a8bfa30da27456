import { useEffect, useId, useRef, useState } from 'react';
import { certFor, DEPARTEMENTS } from '../../rules/index.js';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../electron/api/contract.js';
import { kiosk } from '../api/kiosk-client.js';
import { ChoiceField } from '../forms/fields.js';

type Draft = Omit<Settings, 'retentionDays' | 'inactivitySeconds' | 'printer'> & { retentionDays: string; inactivitySeconds: string; printer: string };

const FIELD_LABELS: Record<string, string> = {
  mairieName: 'le nom de la mairie', address: "l'adresse", departement: 'le département', printer: "l'imprimante",
  retentionDays: 'la durée de conservation (1 à 14 jours)', inactivitySeconds: "le délai d'inactivité (30 à 600 secondes)",
};

/** The station's settings; on first start, the screen that asks for them. */
export function SettingsScreen(props: { current: Settings | null; onSaved: (settings: Settings) => void }) {
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
      const field = String(parsed.error.issues[0]!.path[0]);
      setError(`Vérifiez ${FIELD_LABELS[field] ?? field}.`);
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
      <h1 ref={heading} tabIndex={-1}>{props.current ? 'Paramètres du poste' : 'Première mise en route du poste'}</h1>
      {!props.current && <p>Ces informations figurent sur les reçus ; le département fixe les tarifs et le Cert à qui écrire en cas de difficulté.</p>}
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} className="panel">
        <div className="field"><label htmlFor={ids.name}>Nom de la mairie</label>
          <input id={ids.name} value={draft.mairieName} onChange={(e) => set('mairieName', e.target.value)} autoComplete="organization" /></div>
        <div className="field"><label htmlFor={ids.address}>Adresse de la mairie</label>
          <input id={ids.address} value={draft.address} onChange={(e) => set('address', e.target.value)} autoComplete="street-address" /></div>
        <div className="field"><label htmlFor={ids.departement}>Département</label>
          <select id={ids.departement} value={draft.departement} onChange={(e) => set('departement', e.target.value)}>
            <option value="">Choisir…</option>
            {DEPARTEMENTS.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
          {cert && <span className="hint">Recours : {cert.name}</span>}</div>
        <ChoiceField name="mode" label="Usage du poste" value={draft.mode} onChange={(v) => set('mode', v as Settings['mode'])}
          choices={[{ value: 'station', label: 'Guichet (agent)' }, { value: 'kiosk', label: 'Borne en libre-service (hall)' }]} />
        <ChoiceField name="paper" label="Papier du reçu" value={draft.paper} onChange={(v) => set('paper', v as Settings['paper'])}
          choices={[{ value: '80mm', label: 'Rouleau thermique 80 mm' }, { value: 'a4', label: 'Feuille A4' }]} />
        <div className="field"><label htmlFor={ids.printer}>Imprimante (nom système, vide pour aucune)</label>
          <input id={ids.printer} value={draft.printer} onChange={(e) => set('printer', e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.retention}>Conservation des visites du guichet (jours, 14 au plus)</label>
          <input id={ids.retention} inputMode="numeric" value={draft.retentionDays} onChange={(e) => set('retentionDays', e.target.value)} /></div>
        <div className="field"><label htmlFor={ids.inactivity}>Borne : délai avant « Êtes-vous toujours là ? » (secondes)</label>
          <input id={ids.inactivity} inputMode="numeric" value={draft.inactivitySeconds} onChange={(e) => set('inactivitySeconds', e.target.value)} /></div>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary">Enregistrer</button>
      </form>
    </main>
  );
}
