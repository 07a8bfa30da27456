// The receipt: one HTML template for 80 mm rolls and A4 sheets, rendered
// from the visit. Everything it says comes from the evaluation, the agent's
// check-off and the station catalog; it carries no name and no document number.
import QRCode from 'qrcode';
import { certFor, figuresAt, formatEuros, frenchDate, FURTHER_REMEDIES, type Evaluation } from '../../../rules/index.js';
import { applicantDescription, checklist, missingPieces, presenceText, visitEvaluations, type CheckedPiece } from '../../api/applicant-evaluation.js';
import type { Settings, Visit } from '../../api/contract.js';
import { stationText as t } from '../../api/messages/index.js';

export type Paper = Settings['paper'];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface ApplicantPart {
  heading: string;
  evaluation: Evaluation;
  missing: CheckedPiece[];
}

export async function renderReceiptHtml(visit: Visit, settings: Settings, paper: Paper = settings.paper): Promise<string> {
  const parts: ApplicantPart[] = visitEvaluations(visit, settings.departement).map(({ applicant, evaluation }, index) => ({
    heading: t('visit.applicant.described', applicantDescription(evaluation, index)),
    evaluation,
    missing: missingPieces(checklist(evaluation, applicant)),
  }));
  const complete = parts.length > 0 && parts.every((p) => p.evaluation.complete && p.missing.length === 0);
  const title = t(complete ? 'slip.complete' : 'slip.missing');
  const qr = await QRCode.toString(visit.reference, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const cert = certFor(settings.departement);
  const to = !cert ? t('slip.remedies.unknown')
    : cert.postalAddress ? t('slip.remedies.certWithAddress', { cert: cert.name, address: cert.postalAddress }) : t('slip.remedies.cert', { cert: cert.name });

  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${title} – ${visit.reference}</title>
<style>${RECEIPT_STYLE}</style></head>
<body class="paper-${paper}">
<header>
  <p class="mairie">${escape(settings.mairieName)}</p>
  <p>${escape(settings.address)}</p>
  <h1>${title}</h1>
  <div class="ref"><div class="qr" aria-hidden="true">${qr}</div>
    <p>${t('slip.reference')}<strong>${visit.reference}</strong><br>${t('slip.checkedOn', { date: frenchDate(visit.depositDate) })}</p></div>
</header>
${parts.map((part) => applicantSection(part, complete)).join('\n')}
<footer>
  <p>${escape(t('slip.retrieval', { months: figuresAt(visit.depositDate).retrievalMonths }))}</p>
  <p>${escape(t('slip.remedies', { to, further: FURTHER_REMEDIES }))}</p>
</footer>
</body></html>`;
}

function applicantSection({ heading, evaluation, missing }: ApplicantPart, complete: boolean): string {
  const titles = evaluation.requests.map((r) => `${t(`title.${r.title}`)} (${t(`motif.${r.motif}`)})`).join(' ; ');
  return `<section>
  <h2>${escape(heading)}</h2>
  <p>${escape(titles)}</p>
  ${evaluation.complete ? '' : `<p class="pending">${escape(t('slip.pending', { count: evaluation.questions.length }))}</p>`}
  ${missing.length > 0 ? `<h3>${t('slip.bring')}</h3><ul>${missing.map(pieceItem).join('')}</ul>` : complete ? '' : `<p>${t('slip.nothingMissing')}</p>`}
  <p class="fee">${escape(evaluation.totalFee > 0 ? t('slip.fee', { amount: formatEuros(evaluation.totalFee) }) : t('slip.free'))}</p>
  ${evaluation.pieces.some((p) => p.id === 'application-form') ? `<p>${escape(t('slip.preApplication'))}</p>` : ''}
  ${evaluation.minor ? minorBlock(evaluation) : ''}
  ${evaluation.warnings.map((w) => `<p class="warning">${escape(w.message)}</p>`).join('')}
</section>`;
}

function pieceItem(piece: CheckedPiece): string {
  return `<li><strong>${escape(piece.label)}</strong>${piece.copies === 'original' ? '' : ` — ${t(`copies.${piece.copies}`)}`}
    ${piece.condition ? `<br><em>${escape(capitalize(piece.condition))}.</em>` : ''}<br><span class="why">${escape(piece.reason)}</span></li>`;
}

function minorBlock(evaluation: Evaluation): string {
  const minor = evaluation.minor!;
  return `<div class="minor"><h3>${escape(t('slip.child'))}</h3>
  <p>${escape(t('slip.presence', { deposit: presenceText(minor.presentAtDeposit, t), retrieval: presenceText(minor.presentAtRetrieval, t) }))}</p>
  <p>${escape(t('slip.signature', { rule: t(`signer.${minor.signer}`) }))}</p>
  <p>${escape(t('slip.fingerprints', { yes: minor.fingerprints ? 'yes' : 'no' }))}</p></div>`;
}

/** Exported so the app's CSP can allow exactly this style by its hash in the preview. */
export const RECEIPT_STYLE = `
  @page { margin: 4mm; }
  body.paper-a4 { font: 11pt/1.35 "DejaVu Sans", sans-serif; }
  body.paper-80mm { font: 8.5pt/1.3 "DejaVu Sans", sans-serif; width: 72mm; }
  body { margin: 0; color: #000; }
  h1 { font-size: 1.5em; margin: .4em 0; }
  h2 { font-size: 1.15em; border-top: 1px solid #000; padding-top: .4em; }
  h3 { font-size: 1em; margin: .6em 0 .2em; }
  .mairie { font-weight: bold; font-size: 1.1em; margin: 0; }
  header p { margin: 0; }
  .ref { display: flex; gap: 3mm; align-items: center; margin: .5em 0; }
  .qr svg { width: 22mm; height: 22mm; }
  ul { padding-left: 1.1em; margin: .2em 0; }
  li { margin-bottom: .35em; }
  .why { font-size: .9em; }
  .warning { border-left: 2px solid #000; padding-left: .4em; }
  .pending { font-weight: bold; }
  footer { border-top: 1px solid #000; margin-top: 1em; font-size: .9em; }
`;
