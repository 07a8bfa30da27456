import { figuresAt, formatEuros, type Evaluation, type FactKey, type Title } from '../../rules/index.js';
import { presenceText } from '../../electron/common/applicant-evaluation.js';
import { motifMessage } from '../../electron/common/request-label.js';
import { explain } from '../../electron/common/messages/reasons.js';
import { frenchSpaces } from '../../electron/common/typography.js';
import type { CheckState } from '../../electron/common/visit-state.js';
import { questionLabel } from '../questions/station-questions.js';
import { useStationText } from '../station-text.js';
import { StateBadge } from './ApplicantTabs.js';

/** After a colon a French sentence goes on in lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The ages that bound a minor's bands, as the station catalog's arguments. */
const bandAges = (today: string) => {
  const f = figuresAt(today);
  return { fingerprintsAge: f.fingerprintsAge, childMaySignAge: f.childMaySignAge };
};

/** The warning that says how a minor's retrieval changes: shown with the retrieval line, with its dates. */
const AGE_BAND_WARNING = 'age-band-changes-before-retrieval';

/** The questions an output still waits on, by their labels. */
function Waiting({ keys }: { keys: FactKey[] }) {
  const t = useStationText();
  return <p className="waiting">{t('summary.fee.waiting', { questions: keys.map((key) => t(questionLabel(key))).join(' ; ') })}</p>;
}

/**
 * Each title's stamp, and the total for two, shown the moment the facts it
 * reads are answered (`evaluation.open`), and only then: otherwise "à
 * déterminer" and what it waits on, never the questions it does not read.
 */
function Fees({ evaluation }: { evaluation: Evaluation }) {
  const t = useStationText();
  const titles = Object.keys(evaluation.open.fees) as Title[];
  if (titles.length === 0)
    return (
      <div className="fee" data-fee="pending">
        <p>
          <strong>{t('summary.fee.pending')}</strong>
        </p>
        <Waiting keys={evaluation.open.totalFee} />
      </div>
    );
  const settled = evaluation.open.totalFee.length === 0;
  return (
    <ul className="fee" data-fee={settled ? 'known' : 'pending'}>
      {titles.map((title) => {
        const fee = evaluation.fees.find((f) => f.title === title);
        const waits = evaluation.open.fees[title] ?? [];
        if (!fee || waits.length > 0)
          return (
            <li key={title} data-fee-title={title} data-fee="pending">
              <strong>{t('summary.stamp.pending', { title })}</strong>
              <Waiting keys={waits} />
            </li>
          );
        return (
          <li key={title} data-fee-title={title} data-fee="known">
            {fee.amount > 0 ? t('summary.stamp', { title, amount: formatEuros(fee.amount) }) : t('summary.stamp.free', { title })}
          </li>
        );
      })}
      {titles.length > 1 && (
        <li data-fee="total">{settled ? t('summary.total', { amount: formatEuros(evaluation.totalFee) }) : t('summary.total.pending')}</li>
      )}
    </ul>
  );
}

/**
 * The fee, the minor's block and the warnings of one applicant. Nothing
 * unknown reads as known: each figure and statement is shown once the
 * questions it reads are answered, else "à déterminer" and those questions.
 */
/** `today` is the visit's deposit date: the ages the bands state are those in force that day. */
export function Summary({ evaluation, state, today }: { evaluation: Evaluation; state: CheckState; today: string }) {
  const t = useStationText();
  const minor = evaluation.minor;
  const ageChange = evaluation.warnings.find((w) => w.id === AGE_BAND_WARNING);
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
      {evaluation.open.minor.length > 0 && (
        <div className="minor" data-minor="pending">
          <p>
            <strong>{t('summary.minor.pending')}</strong>
          </p>
          <Waiting keys={evaluation.open.minor} />
        </div>
      )}
      {minor && evaluation.applicant.ageBand && (
        <div className="minor">
          <h3>{t('summary.minor', { band: t(`summary.band.${evaluation.applicant.ageBand}`, bandAges(today)) })}</h3>
          <ul>
            <li>{t('summary.fingerprints', { yes: minor.fingerprints ? 'yes' : 'no' })}</li>
            <li>{t('summary.signature', { rule: lowerFirst(t(`signer.${minor.signer}`)) })}</li>
            <li>{t('summary.deposit', { who: presenceText(minor.presentAtDeposit, t) })}</li>
            <li>
              {t('summary.retrieval', { who: presenceText(minor.presentAtRetrieval, t) })}
              {ageChange && (
                <p className="age-change" data-warning={ageChange.id}>
                  {frenchSpaces(explain('fr', ageChange, ageChange.message))}
                </p>
              )}
            </li>
          </ul>
        </div>
      )}
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
