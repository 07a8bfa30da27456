// The settings form's state: the draft, its errors, the save, and the
// confirmation asked before the station becomes a kiosk.
import { useRef, useState } from 'react';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../electron/common/contract.js';
import { api } from '../../api/host-api.js';
import { useStationText } from '../../station-text.js';
import { draftOf, fieldId, ORDER, typedDraft, type Draft, type Errors, type Field } from './settings-draft.js';

export function useSettingsForm(current: Settings | null, onSaved: (settings: Settings) => void) {
  const t = useStationText();
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(current ?? { ...DEFAULT_SETTINGS, mairieName: '', address: '', departement: '' }),
  );
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Settings | null>(null);
  const kioskConfirmed = useRef(false);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const save = async (settings: Settings) => {
    try {
      onSaved(await api.saveSettings({ settings }));
    } catch (e) {
      setFailure((e as Error).message);
    }
  };
  const submit = async () => {
    const parsed = settingsSchema.safeParse(typedDraft(draft));
    if (!parsed.success) {
      const found: Errors = {};
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
    if (parsed.data.mode === 'kiosk' && current?.mode !== 'kiosk') setConfirming(parsed.data);
    else await save(parsed.data);
  };
  const confirmKiosk = () => {
    kioskConfirmed.current = true;
    if (confirming) void save(confirming);
  };
  const closeConfirm = () => {
    // Cancelled: the form shows the mode that is stored, not the one that was refused.
    if (!kioskConfirmed.current) set('mode', current?.mode ?? 'station');
    kioskConfirmed.current = false;
    setConfirming(null);
    document.querySelector<HTMLInputElement>('input[name^="mode-"]:checked')?.focus();
  };

  return { draft, set, errors, failure, confirming, submit, confirmKiosk, closeConfirm };
}
