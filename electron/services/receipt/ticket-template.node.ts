// The kiosk's ticket, "à apporter à votre rendez-vous": in French, then in
// the language the citizen chose when it is not French. Everything comes
// from the evaluation and the message catalogs; no name, no reference (the
// kiosk session is erased once the ticket is printed). Its QR code and the
// code beside it carry the answers to the counter (electron/common/ticket-code.ts):
// the ticket is the only copy, in the citizen's hands.
import QRCode from 'qrcode';
import { visitEvaluations } from '../../common/applicant-evaluation.js';
import type { Settings, Visit, Who } from '../../common/contract.js';
import type { Locale } from '../../common/messages/index.js';
import { encodeTicket, groupTicket } from '../../common/ticket-code.js';
import { RECEIPT_STYLE } from './receipt-template.node.js';
import { isWebAddress } from '../../common/booking.js';
import { staticHtml } from './printed-page.node.js';
import { TicketPage } from './ticket-page.node.js';
import { createElement } from 'react';

// A quiet zone of four modules, as the QR standard asks: scanners miss a code printed flush against text.
const qrSvg = (text: string) => QRCode.toString(text, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });

export async function renderTicketHtml(visit: Visit, settings: Settings, locale: Locale, who: Who[]): Promise<string> {
  // A kiosk visit's answers were checked as they were given, the same day: a person whose answers
  // no longer validate cannot occur here, and is left to the counter, which asks again.
  const evaluated = visitEvaluations(visit, settings.departement, settings.productionDelayDays).flatMap((e) =>
    e.evaluation ? [{ applicant: e.applicant, evaluation: e.evaluation }] : [],
  );
  // Only the answers that still validate are printed, so the code says exactly what the ticket lists;
  // a person with no answer yet has nothing to carry (the code refuses such a person: the counter asks).
  const carried = evaluated.map((e) => e.applicant.answers).filter((answers) => Object.keys(answers).length > 0);
  const code = carried.length > 0 ? encodeTicket(carried) : null;
  const booking = settings.booking;
  return staticHtml(
    createElement(TicketPage, {
      mairieName: settings.mairieName,
      address: settings.address,
      paper: settings.paper,
      style: `${RECEIPT_STYLE}${TICKET_STYLE}`,
      languages: locale === 'fr' ? ['fr'] : ['fr', locale],
      depositDate: visit.depositDate,
      evaluations: evaluated.map((e) => e.evaluation),
      who,
      code: code ? { grouped: groupTicket(code), qr: await qrSvg(code) } : null,
      booking: booking ? { text: booking, qr: isWebAddress(booking) ? await qrSvg(booking) : null } : null,
    }),
  );
}

const TICKET_STYLE = `
  .code { font: bold 1.25em/1.3 "DejaVu Sans Mono", monospace; letter-spacing: .05em; word-spacing: .3em; }
  .ticket-code .qr svg { width: 34mm; height: 34mm; }
  .booking { border: 1px solid #000; padding: .3em; margin: .5em 0; }
  .booking-qr svg { width: 24mm; height: 24mm; }
`;
