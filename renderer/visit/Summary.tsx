import { type Evaluation } from '../../rules/index.js';
import { motifMessage } from '../../electron/common/request-label.js';
import { explain } from '../../electron/common/messages/reasons.js';
import { frenchSpaces } from '../../electron/common/typography.js';
import type { CheckState } from '../../electron/common/visit-state.js';
import { useStationText } from '../station-text.js';
import { StateBadge } from './ApplicantTabs.js';
import { AGE_BAND_WARNING, MinorBlock } from './MinorBlock.js';
import { Fees } from './SummaryFees.js';

/**
 * The fee, the minor's block and the warnings of one applicant. Nothing
 * unknown reads as known: each figure and statement is shown once the
 * questions it reads are answered, else "à déterminer" and those questions.
 * `today` is the visit's deposit date: the ages the bands state are those in force that day.
 */
export function Summary({ evaluation, state, today }: { evaluation: Evaluation; state: CheckState; today: string }) {
  const t = useStationText();
  const others = evaluation.warnings.filter((w) => w.id !== AGE_BAND_WARNING);
  return (
    <section aria-labelledby="summary-title" className="panel summary" tabIndex={0}>
      <div className="panel-head">
        <h2 id="summary-title">{t('summary.title')}</h2>
        <StateBadge state={state} />
      </div>
      {evaluation.requests.length > 0 && (
        <ul className="requests">
          {evaluation.requests.map((r) => (
            <li key={r.title}>{t('summary.request', { title: t(`title.${r.title}`), motif: t(motifMessage(evaluation, r)) })}</li>
          ))}
        </ul>
      )}
      <Fees evaluation={evaluation} />
      <MinorBlock evaluation={evaluation} today={today} />
      {others.length > 0 && (
        <div className="warnings">
          <h3>{t('summary.warnings')}</h3>
          <ul>
            {others.map((w) => (
              <li key={w.id} data-warning={w.id}>
                {frenchSpaces(explain('fr', w, w.message))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
