// The kiosk's ticket, "à apporter à votre rendez-vous": in French, then in
// the language the citizen chose when it is not French. Everything comes
// from the evaluation and the message catalogs; no name, no reference (the
// kiosk session is erased once the ticket is printed).
import { frenchDate, type Evaluation } from '../../../rules/index.js';
import { visitEvaluations } from '../../api/applicant-evaluation.js';
import type { Settings, Visit, Who } from '../../api/contract.js';
import { kioskSummary } from '../../api/kiosk-summary.js';
import { DIRECTION, translator, type Locale } from '../../api/messages/index.js';
import { escape, RECEIPT_STYLE } from './receipt-template.node.js';

export function renderTicketHtml(visit: Visit, settings: Settings, locale: Locale, who: Who[]): string {
  const evaluations = visitEvaluations(visit, settings.departement).map((e) => e.evaluation);
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
    const summary = kioskSummary(evaluation, who[index] ?? 'other', index, t);
    return `<section>
  <h2>${escape(summary.heading)}</h2>
  <ul>${summary.bring.map((p) => `<li>${escape(p.text)}${p.note ? `<br><em>${escape(p.note)}</em>` : ''}</li>`).join('')}</ul>
  <p class="fee">${escape(evaluation.totalFee > 0 ? `${summary.fee}. ${t('result.stamp')}` : summary.fee)}</p>
  ${summary.needsPreApplication ? `<p>${escape(t('result.preApplication'))}</p>` : ''}
  ${summary.minor.length > 0 ? `<p>${escape(summary.minor.join(' '))}</p>` : ''}
</section>`;
  };
  return `<div lang="${locale}" dir="${DIRECTION[locale]}" class="language">
<h1>${escape(t('ticket.title'))}</h1>
<p>${escape(t('ticket.date', { date: frenchDate(depositDate) }))}</p>
${evaluations.map(person).join('\n')}
<footer><p>${escape(t('result.retrieval'))}</p></footer>
</div>`;
}
