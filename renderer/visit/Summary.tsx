import { formatEuros, type Evaluation } from '../../rules/index.js';
import { PRESENCE_LABELS, SIGNER_LABELS, TITLE_LABELS, MOTIF_LABELS } from '../../electron/api/applicant-evaluation.js';

const BAND_LABELS = { 'under-12': 'moins de 12 ans', '12-13': '12 ans', '13-plus': '13 ans ou plus' } as const;

/** The fee, the minor's block and the warnings of one applicant. */
export function Summary({ evaluation }: { evaluation: Evaluation }) {
  const minor = evaluation.minor;
  const who = (list: readonly ('child' | 'parent')[]) => list.map((p) => PRESENCE_LABELS[p]).join(' et ');
  return (
    <section aria-labelledby="summary-title" className="panel">
      <h2 id="summary-title">Synthèse</h2>
      {evaluation.requests.length > 0 && (
        <ul className="requests">{evaluation.requests.map((r) => <li key={r.title}>{TITLE_LABELS[r.title]} : {MOTIF_LABELS[r.motif]}</li>)}</ul>
      )}
      <p className="fee">Timbre fiscal : <strong>{evaluation.totalFee > 0 ? formatEuros(evaluation.totalFee) : 'gratuit'}</strong>
        {evaluation.fees.length > 1 && ` (${evaluation.fees.map((f) => `${TITLE_LABELS[f.title]} ${formatEuros(f.amount)}`).join(', ')})`}</p>
      {minor && evaluation.applicant.ageBand && (
        <div className="minor">
          <h3>Mineur ({BAND_LABELS[evaluation.applicant.ageBand]})</h3>
          <ul>
            <li>Empreintes : {minor.fingerprints ? 'oui' : 'non'}</li>
            <li>Signature : {SIGNER_LABELS[minor.signer]}</li>
            <li>Présents au dépôt : {who(minor.presentAtDeposit)}</li>
            <li>Présents au retrait : {who(minor.presentAtRetrieval)}</li>
          </ul>
        </div>
      )}
      {evaluation.warnings.length > 0 && (
        <div className="warnings">
          <h3>À signaler</h3>
          <ul>{evaluation.warnings.map((w) => <li key={w.id} data-warning={w.id}>{w.message}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
