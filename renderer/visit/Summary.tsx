import { formatEuros, type Evaluation } from '../../rules/index.js';
import { presenceText } from '../../electron/api/applicant-evaluation.js';
import { useStationText } from '../station-text.js';

/** The fee, the minor's block and the warnings of one applicant. */
export function Summary({ evaluation }: { evaluation: Evaluation }) {
  const t = useStationText();
  const minor = evaluation.minor;
  return (
    <section aria-labelledby="summary-title" className="panel">
      <h2 id="summary-title">{t('summary.title')}</h2>
      {evaluation.requests.length > 0 && (
        <ul className="requests">{evaluation.requests.map((r) => <li key={r.title}>{t(`title.${r.title}`)} : {t(`motif.${r.motif}`)}</li>)}</ul>
      )}
      <p className="fee">{t('summary.fee')}<strong>{evaluation.totalFee > 0 ? formatEuros(evaluation.totalFee) : t('summary.free')}</strong>
        {evaluation.fees.length > 1 && ` (${evaluation.fees.map((f) => `${t(`title.${f.title}`)} ${formatEuros(f.amount)}`).join(', ')})`}</p>
      {minor && evaluation.applicant.ageBand && (
        <div className="minor">
          <h3>{t('summary.minor', { band: t(`summary.band.${evaluation.applicant.ageBand}`) })}</h3>
          <ul>
            <li>{t('summary.fingerprints', { yes: minor.fingerprints ? 'yes' : 'no' })}</li>
            <li>{t('summary.signature', { rule: t(`signer.${minor.signer}`) })}</li>
            <li>{t('summary.deposit', { who: presenceText(minor.presentAtDeposit, t) })}</li>
            <li>{t('summary.retrieval', { who: presenceText(minor.presentAtRetrieval, t) })}</li>
          </ul>
        </div>
      )}
      {evaluation.warnings.length > 0 && (
        <div className="warnings">
          <h3>{t('summary.warnings')}</h3>
          <ul>{evaluation.warnings.map((w) => <li key={w.id} data-warning={w.id}>{w.message}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
