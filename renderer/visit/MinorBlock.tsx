import { figuresAt, type Evaluation } from '../../rules/index.js';
import { presenceText } from '../../electron/common/applicant-evaluation.js';
import { explain } from '../../electron/common/messages/reasons.js';
import { frenchSpaces } from '../../electron/common/typography.js';
import { useStationText } from '../station-text.js';
import { Pending } from './Pending.js';

/** After a colon a French sentence goes on in lower case. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The ages that bound a minor's bands, as the station catalog's arguments. */
const bandAges = (today: string) => {
  const f = figuresAt(today);
  return { fingerprintsAge: f.fingerprintsAge, childMaySignAge: f.childMaySignAge };
};

/** The warning that says how a minor's retrieval changes: shown with the retrieval line, with its dates. */
export const AGE_BAND_WARNING = 'age-band-changes-before-retrieval';

/**
 * A minor's band, who signs and who comes, once the questions they read are
 * answered; before, "à déterminer" and those questions. `today` is the
 * deposit date: the band's ages are those in force that day.
 */
export function MinorBlock({ evaluation, today }: { evaluation: Evaluation; today: string }) {
  const t = useStationText();
  const minor = evaluation.minor;
  const ageChange = evaluation.warnings.find((w) => w.id === AGE_BAND_WARNING);
  return (
    <>
      {evaluation.open.minor.length > 0 && <Pending kind="minor" title={t('summary.minor.pending')} keys={evaluation.open.minor} />}
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
    </>
  );
}
