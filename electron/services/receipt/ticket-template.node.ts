// The kiosk's ticket, "à apporter à votre rendez-vous": in French, then in
// the language the citizen chose when it is not French. Everything comes
// from the evaluation and the message catalogs; no name, no reference (the
// kiosk session is erased once the ticket is printed).
import { frenchDate, type Evaluation } from '../../../rules/index.js';
import { evaluateAnswers } from '../../api/applicant-evaluation.js';
import type { Settings, Visit } from '../../api/contract.js';
import { DIRECTION, translator, type Locale } from '../../api/messages/index.js';
import { escape, RECEIPT_STYLE } from './receipt-template.node.js';


/** How the kiosk speaks of each applicant: "me", "child" or "other". */
export type Who = 'me' | 'child' | 'other';

export function renderTicketHtml(visit: Visit, settings: Settings, locale: Locale, who: Who[]): string {
  const evaluations = visit.applicants.flatMap((applicant) => {
    const result = evaluateAnswers(applicant.answers, visit.depositDate, settings.departement);
    return result.ok ? [result.evaluation] : [];
  });
  const languages: Locale[] = locale === 'fr' ? ['fr'] : ['fr', locale];
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escape(translator('fr')('ticket.title'))}</title><style>${RECEIPT_STYLE}</style></head>
<body class="paper-${settings.paper}">
<header><p class="mairie">${escape(settings.mairieName)}</p><p>${escape(settings.address)}</p></header>
${languages.map((language) => ticketSection(language, visit.depositDate, evaluations, who)).join('\n')}
</body></html>`;
}

function ticketSection(locale: Locale, depositDate: string, evaluations: Evaluation[], who: Who[]): string {
  const t = translator(locale);
  const person = (evaluation: Evaluation, index: number) => {
    const bring = evaluation.pieces.filter((p) => p.where === 'bring');
    const titles = evaluation.requests.map((r) => t(`result.title.${r.title}`)).join(' + ');
    const minor = evaluation.minor;
    return `<section>
  <h2>${escape(t('result.person', { who: who[index] ?? 'other', number: index + 1 }))} — ${escape(titles)}</h2>
  <ul>${bring.map((p) => `<li>${escape(t(`piece.${p.id}`))}${p.copies === 'original-and-photocopy' ? ` (${escape(t('result.copies'))})` : ''}${p.condition ? `<br><em>${escape(t(`condition.${p.id as 'birth-certificate' | 'nationality-proof'}`))}</em>` : ''}</li>`).join('')}</ul>
  <p class="fee">${escape(evaluation.totalFee > 0 ? `${t('result.fee', { amount: evaluation.totalFee })}. ${t('result.stamp')}` : t('result.free'))}</p>
  ${evaluation.pieces.some((p) => p.id === 'application-form') ? `<p>${escape(t('result.preApplication'))}</p>` : ''}
  ${minor ? `<p>${escape(t('result.minor.deposit'))} ${escape(t(`result.minor.signer.${minor.signer}`))} ${escape(t(minor.presentAtRetrieval.includes('child') ? 'result.minor.retrieval.both' : 'result.minor.retrieval.parent'))}</p>` : ''}
</section>`;
  };
  return `<div lang="${locale}" dir="${DIRECTION[locale]}" class="language">
<h1>${escape(t('ticket.title'))}</h1>
<p>${escape(t('ticket.date', { date: frenchDate(depositDate) }))}</p>
${evaluations.map(person).join('\n')}
<footer><p>${escape(t('result.retrieval'))}</p></footer>
</div>`;
}

