import { useIntl } from 'react-intl';
import type { Evaluation } from '../../rules/index.js';
import type { Locale } from '../../electron/common/messages/index.js';
import { kioskSummary } from '../../electron/common/kiosk-summary.js';
import { BookingLine } from './GoodbyeScreen.js';
import { QrCode } from './QrCode.js';
import { useT } from './use-t.js';
import type { Who } from './kiosk-state.js';

const STAMP_URL = 'https://timbres.impots.gouv.fr';
const PRE_APPLICATION_URL = 'https://ants.gouv.fr';

/** What each person must bring, the fee and how to pay it, who comes and signs for a child. */
export function ResultScreen(props: {
  people: { who: Who; evaluation: Evaluation }[];
  booking: string | null;
  printing: boolean;
  onPrint: () => void;
  onAddPerson: () => void;
  onFinish: () => void;
}) {
  const t = useT();
  const locale = useIntl().locale as Locale;
  const summaries = props.people.map(({ who, evaluation }, index) => kioskSummary(evaluation, who, index, t, locale));
  const anyFee = props.people.some((p) => p.evaluation.totalFee > 0);
  return (
    <>
      {summaries.map((summary, index) => (
        <section key={index} className="result-person" aria-labelledby={`person-${index}`}>
          <h2 id={`person-${index}`}>{summary.heading}</h2>
          <h3>{t('result.bring')}</h3>
          <ul className="bring">
            {summary.bring.map((piece) => (
              <li key={piece.id} data-piece={piece.id}>
                {piece.text}
                {piece.note && <span className="condition">{piece.note}</span>}
                <details className="why">
                  <summary>{t('result.why')}</summary>
                  <p>{piece.why}</p>
                </details>
              </li>
            ))}
          </ul>
          <p className="fee">{summary.fee}</p>
          {summary.minor.length > 0 && (
            <ul className="minor">
              {summary.minor.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {summary.notes.length > 0 && (
            <>
              <h3>{t('result.notes')}</h3>
              <ul className="notes">
                {summary.notes.map((note) => (
                  <li key={note.id} data-warning={note.id}>
                    {note.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      <div className="links">
        {anyFee && (
          <figure>
            <QrCode url={STAMP_URL} label={t('result.stamp.qr')} />
            <figcaption>{t('result.stamp')}</figcaption>
          </figure>
        )}
        {summaries.some((s) => s.needsPreApplication) && (
          <figure>
            <QrCode url={PRE_APPLICATION_URL} label={t('result.preApplication.qr')} />
            <figcaption>{t('result.preApplication')}</figcaption>
          </figure>
        )}
      </div>
      <p>{t('result.retrieval')}</p>
      {props.booking && <BookingLine booking={props.booking} />}
      <div className="actions">
        <button type="button" className="primary" data-action="print" disabled={props.printing} onClick={props.onPrint}>
          {props.printing ? t('result.printing') : t('result.print')}
        </button>
        <button type="button" data-action="add-person" onClick={props.onAddPerson}>
          {t('result.addPerson')}
        </button>
        <button type="button" onClick={props.onFinish}>
          {t('result.finish')}
        </button>
      </div>
    </>
  );
}
