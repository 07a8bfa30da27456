import { useEffect, useState } from 'react';
import type { Settings } from '../../../electron/common/contract.js';
import { PAPER_IDS } from '../../../electron/common/papers.js';
import { api } from '../../api/host-api.js';
import { ChoiceField } from '../../forms/fields.js';
import { SettingField } from '../../forms/SettingField.js';
import { useStationText } from '../../station-text.js';
import { fieldId, type SectionProps } from './settings-draft.js';

/** The paper, the printer (the system's, or one stored that is not found any more) and a test page. */
export function PrinterSettings({ draft, set, errors }: SectionProps) {
  const t = useStationText();
  const [printers, setPrinters] = useState<string[] | null>(null);
  const [testOutcome, setTestOutcome] = useState<{ text: string; failed: boolean } | null>(null);
  useEffect(() => {
    api.listPrinters({}).then(setPrinters, () => setPrinters([]));
  }, []);
  const testPrint = async () => {
    if (!draft.printer) return;
    try {
      const result = await api.printTestPage({ printer: draft.printer, paper: draft.paper });
      setTestOutcome({ text: result.message, failed: !result.printed });
    } catch (e) {
      setTestOutcome({ text: (e as Error).message, failed: true });
    }
  };
  const known = printers ?? [];
  const printerChoices = draft.printer && !known.includes(draft.printer) ? [...known, draft.printer] : known;
  return (
    <>
      <ChoiceField
        name="paper"
        label={t('settings.paper')}
        value={draft.paper}
        onChange={(v) => set('paper', v as Settings['paper'])}
        choices={PAPER_IDS.map((id) => ({ value: id, label: t(`settings.paper.${id}`) }))}
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
    </>
  );
}
