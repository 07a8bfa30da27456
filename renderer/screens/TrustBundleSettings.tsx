// Paramètres → « Liste de confiance 2D-Doc »: the bundle in force (its date,
// what it holds, a warning past 30 days) and the import of a new one from a
// file the mairie brought (README, « Le 2D-Doc »). The page reads the file
// and hands its text to the host, which checks every certificate before
// keeping it; nothing is fetched from any network.
import { useEffect, useId, useState } from 'react';
import { frenchDate } from '../../rules/index.js';
import type { TrustBundleStatus } from '../../electron/common/two-d-doc/reading.js';
import { BUNDLE_MAX_AGE_DAYS } from '../../electron/common/two-d-doc/reading.js';
import { api } from '../api/host-api.js';
import { useStationText } from '../station-text.js';

export function TrustBundleSettings() {
  const t = useStationText();
  const id = useId();
  const [status, setStatus] = useState<TrustBundleStatus | null | undefined>(undefined);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean } | null>(null);

  useEffect(() => {
    api.getTrustBundle({}).then(setStatus, (e: Error) => setOutcome({ text: e.message, failed: true }));
  }, []);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setOutcome(null);
    try {
      setStatus(await api.importTrustBundle({ text: await file.text() }));
      setOutcome({ text: t('settings.trust.imported'), failed: false });
    } catch (e) {
      setOutcome({ text: (e as Error).message, failed: true });
    }
  };

  return (
    <section className="panel trust-bundle" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.trust.title')}</h2>
      {status === null && <p data-trust="none">{t('settings.trust.none')}</p>}
      {status && (
        <p data-trust="current">
          {t('settings.trust.current', {
            issued: frenchDate(status.issuedOn),
            imported: frenchDate(status.importedOn),
            authorities: status.authorities,
            issuers: status.issuers,
            source: status.source,
          })}
        </p>
      )}
      {status?.stale && (
        <p role="alert" className="error" data-trust="stale">
          {t('settings.trust.stale', { days: status.ageDays, max: BUNDLE_MAX_AGE_DAYS })}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('settings.trust.import')}</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} />
      </div>
      {outcome && (
        <p role={outcome.failed ? 'alert' : 'status'} className={outcome.failed ? 'error' : 'status'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
