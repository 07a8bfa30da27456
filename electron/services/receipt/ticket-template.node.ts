// The kiosk's ticket, "à apporter à votre rendez-vous": in French, then in
// the language the citizen chose when it is not French. Everything comes
// from the evaluation and the message catalogs; no name, no reference (the
// kiosk session is erased once the ticket is printed). Its QR code and the
// code beside it carry the answers to the counter (electron/common/ticket-code.ts):
// the ticket is the only copy, in the citizen's hands.
import QRCode from 'qrcode';
import { frenchDate, type Evaluation } from '../../../rules/index.js';
import { visitEvaluations } from '../../common/applicant-evaluation.js';
import type { Settings, Visit, Who } from '../../common/contract.js';
import { withFigures } from '../../common/figure-values.js';
import { kioskSummary } from '../../common/kiosk-summary.js';
import { DIRECTION, translator, type Locale } from '../../common/messages/index.js';
import { encodeTicket, groupTicket } from '../../common/ticket-code.js';
import { escape, RECEIPT_STYLE } from './receipt-template.node.js';
import { isWebAddress } from '../../common/booking.js';

// A quiet zone of four modules, as the QR standard asks: scanners miss a code printed flush against text.
const qrSvg = (text: string) => QRCode.toString(text, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });

export async function renderTicketHtml(visit: Visit, settings: Settings, locale: Locale, who: Who[]): Promise<string> {
  // A kiosk visit's answers were checked as they were given, the same day: a person whose answers
  // no longer validate cannot occur here, and is left to the counter, which asks again.
  const evaluated = visitEvaluations(visit, settings.departement, settings.productionDelayDays).flatMap((e) =>
    e.evaluation ? [{ applicant: e.applicant, evaluation: e.evaluation }] : [],
  );
  const evaluations = evaluated.map((e) => e.evaluation);
  const languages: Locale[] = locale === 'fr' ? ['fr'] : ['fr', locale];
  // Only the answers that still validate are printed, so the code says exactly what the ticket lists;
  // a person with no answer yet has nothing to carry (the code refuses such a person: the counter asks).
  const carried = evaluated.map((e) => e.applicant.answers).filter((answers) => Object.keys(answers).length > 0);
  const code = carried.length > 0 ? encodeTicket(carried) : null;
  const booking = settings.booking;
  const ticketQr = code
    ? `<div class="ref ticket-code"><div class="qr" aria-hidden="true">${await qrSvg(code)}</div>
  <p class="code">${escape(groupTicket(code))}</p></div>`
    : '';
  const bookingQr = booking && isWebAddress(booking) ? `<div class="qr booking-qr" aria-hidden="true">${await qrSvg(booking)}</div>` : '';
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escape(translator('fr')('ticket.title'))}</title><style>${RECEIPT_STYLE}${TICKET_STYLE}</style></head>
<body class="paper-${settings.paper}">
<header><p class="mairie">${escape(settings.mairieName)}</p><p>${escape(settings.address)}</p>
${ticketQr}
${languages.map((l) => `<p lang="${l}" dir="${DIRECTION[l]}">${escape(translator(l)('ticket.code'))}</p>`).join('')}
${booking ? `<div class="booking">${bookingQr}${languages.map((l) => `<p lang="${l}" dir="${DIRECTION[l]}"><strong>${escape(translator(l)('ticket.booking', { booking }))}</strong></p>`).join('')}</div>` : ''}
</header>
${languages.map((language) => ticketSection(language, visit.depositDate, evaluations, who)).join('\n')}
</body></html>`;
}

const TICKET_STYLE = `
  .code { font: bold 1.25em/1.3 "DejaVu Sans Mono", monospace; letter-spacing: .05em; word-spacing: .3em; }
  .ticket-code .qr svg { width: 34mm; height: 34mm; }
  .booking { border: 1px solid #000; padding: .3em; margin: .5em 0; }
  .booking-qr svg { width: 24mm; height: 24mm; }
`;

function ticketSection(locale: Locale, depositDate: string, evaluations: Evaluation[], who: Who[]): string {
  const t = withFigures(translator(locale), depositDate);
  const person = (evaluation: Evaluation, index: number) => {
    const summary = kioskSummary(evaluation, who[index] ?? 'other', index, t, locale);
    return `<section>
  <h2>${escape(summary.heading)}</h2>
  <ul>${summary.bring.map((p) => `<li>${escape(p.text)}${p.note ? `<br><em>${escape(p.note)}</em>` : ''}</li>`).join('')}</ul>
  <p class="fee">${escape(evaluation.totalFee > 0 && evaluation.open.totalFee.length === 0 ? `${summary.fee}. ${t('result.stamp')}` : summary.fee)}</p>
  ${summary.needsPreApplication ? `<p>${escape(t('result.preApplication'))}</p>` : ''}
  ${summary.minor.length > 0 ? `<p>${escape(summary.minor.join(' '))}</p>` : ''}
  ${summary.notes.map((note) => `<p class="warning">${escape(note.text)}</p>`).join('')}
</section>`;
  };
  return `<div lang="${locale}" dir="${DIRECTION[locale]}" class="language">
<h1>${escape(t('ticket.title'))}</h1>
<p>${escape(t('ticket.date', { date: frenchDate(depositDate) }))}</p>
${evaluations.map(person).join('\n')}
<footer><p>${escape(t('result.retrieval'))}</p></footer>
</div>`;
}
