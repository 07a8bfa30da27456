/** @jsxRuntime automatic */
// The ticket's markup (ticket-template.node.ts gathers what it says): the
// code to carry, the booking, then one section per language, each with one
// block per person.
import { frenchDate, type Evaluation } from '../../../rules/index.js';
import type { Who } from '../../common/contract.js';
import { withFigures } from '../../common/figure-values.js';
import { kioskSummary } from '../../common/kiosk-summary.js';
import { DIRECTION, translator, type Locale } from '../../common/messages/index.js';
import { PrintedPage, Qr } from './printed-page.node.js';
import type { PaperId } from '../../common/papers.js';

export interface TicketProps {
  mairieName: string;
  address: string;
  paper: PaperId;
  style: string;
  /** French first, then the citizen's language when it is not French. */
  languages: Locale[];
  depositDate: string;
  evaluations: Evaluation[];
  who: Who[];
  /** The answers' code, grouped for reading, and its QR code; null when no one has an answer to carry. */
  code: { grouped: string; qr: string } | null;
  booking: { text: string; qr: string | null } | null;
}

/** One line in each language of the ticket, marked with its language and direction. */
function InEachLanguage({ languages, text }: { languages: Locale[]; text: (locale: Locale) => string }) {
  return languages.map((l) => (
    <p key={l} lang={l} dir={DIRECTION[l]}>
      {text(l)}
    </p>
  ));
}

export function TicketPage(props: TicketProps) {
  const { languages, code, booking } = props;
  return (
    <PrintedPage title={translator('fr')('ticket.title')} style={props.style} paper={props.paper}>
      <header>
        <p className="mairie">{props.mairieName}</p>
        <p>{props.address}</p>
        {code && (
          <div className="ref ticket-code">
            <Qr svg={code.qr} />
            <p className="code">{code.grouped}</p>
          </div>
        )}
        <InEachLanguage languages={languages} text={(l) => translator(l)('ticket.code')} />
        {booking && (
          <div className="booking">
            {booking.qr && <Qr svg={booking.qr} className="qr booking-qr" />}
            {languages.map((l) => (
              <p key={l} lang={l} dir={DIRECTION[l]}>
                <strong>{translator(l)('ticket.booking', { booking: booking.text })}</strong>
              </p>
            ))}
          </div>
        )}
      </header>
      {languages.map((locale) => (
        <LanguageSection key={locale} locale={locale} depositDate={props.depositDate} evaluations={props.evaluations} who={props.who} />
      ))}
    </PrintedPage>
  );
}

interface LanguageProps {
  locale: Locale;
  depositDate: string;
  evaluations: Evaluation[];
  who: Who[];
}

function LanguageSection({ locale, depositDate, evaluations, who }: LanguageProps) {
  const t = withFigures(translator(locale), depositDate);
  return (
    <div lang={locale} dir={DIRECTION[locale]} className="language">
      <h1>{t('ticket.title')}</h1>
      <p>{t('ticket.date', { date: frenchDate(depositDate) })}</p>
      {evaluations.map((evaluation, index) => (
        <PersonSection key={index} locale={locale} t={t} evaluation={evaluation} who={who[index] ?? 'other'} index={index} />
      ))}
      <footer>
        <p>{t('result.retrieval')}</p>
      </footer>
    </div>
  );
}

interface PersonProps {
  locale: Locale;
  t: ReturnType<typeof translator>;
  evaluation: Evaluation;
  who: Who;
  index: number;
}

function PersonSection({ locale, t, evaluation, who, index }: PersonProps) {
  const summary = kioskSummary(evaluation, who, index, t, locale);
  const settled = evaluation.totalFee > 0 && evaluation.open.totalFee.length === 0;
  return (
    <section>
      <h2>{summary.heading}</h2>
      <ul>
        {summary.bring.map((p, i) => (
          <li key={i}>
            {p.text}
            {p.note && (
              <>
                <br />
                <em>{p.note}</em>
              </>
            )}
          </li>
        ))}
      </ul>
      <p className="fee">{settled ? `${summary.fee}. ${t('result.stamp')}` : summary.fee}</p>
      {summary.needsPreApplication && <p>{t('result.preApplication')}</p>}
      {summary.minor.length > 0 && <p>{summary.minor.join(' ')}</p>}
      {summary.notes.map((note, i) => (
        <p key={i} className="warning">
          {note.text}
        </p>
      ))}
    </section>
  );
}
