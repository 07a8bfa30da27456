// The receipt: one HTML template for 80 mm rolls and A4 sheets, rendered
// from the visit. Everything it says comes from the evaluation and the
// agent's check-off; it carries no name and no document number.
import QRCode from 'qrcode';
import { certFor, formatEuros, frenchDate, FURTHER_REMEDIES, type Evaluation } from '../../../rules/index.js';
import { retrievalMonths } from '../../../rules/parameters/policies.js';
import { valueAt } from '../../../rules/parameters/parameter.js';
import {
  checklist, COPIES_LABELS, describeApplicant, evaluateAnswers, missingPieces, MOTIF_LABELS, PRESENCE_LABELS, SIGNER_LABELS, TITLE_LABELS,
  type CheckedPiece,
} from '../../api/applicant-evaluation.js';
import type { Settings, Visit } from '../../api/contract.js';

export type Paper = Settings['paper'];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface ApplicantPart {
  heading: string;
  evaluation: Evaluation;
  missing: CheckedPiece[];
}

export async function renderReceiptHtml(visit: Visit, settings: Settings, paper: Paper = settings.paper): Promise<string> {
  const parts: ApplicantPart[] = visit.applicants.flatMap((applicant, index) => {
    const result = evaluateAnswers(applicant.answers, visit.depositDate, settings.departement);
    if (!result.ok) return [];
    return [{ heading: describeApplicant(result.evaluation, index), evaluation: result.evaluation, missing: missingPieces(checklist(result.evaluation, applicant)) }];
  });
  const complete = parts.length > 0 && parts.every((p) => p.evaluation.complete && p.missing.length === 0);
  const qr = await QRCode.toString(visit.reference, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const cert = certFor(settings.departement);
  const months = valueAt(retrievalMonths, visit.depositDate).value;

  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${complete ? 'Dossier complet' : 'Pièces manquantes'} – ${visit.reference}</title>
<style>${RECEIPT_STYLE}</style></head>
<body class="paper-${paper}">
<header>
  <p class="mairie">${escape(settings.mairieName)}</p>
  <p>${escape(settings.address)}</p>
  <h1>${complete ? 'Dossier complet' : 'Pièces manquantes'}</h1>
  <div class="ref"><div class="qr" aria-hidden="true">${qr}</div>
    <p>Référence : <strong>${visit.reference}</strong><br>Vérifié le ${frenchDate(visit.depositDate)}</p></div>
</header>
${parts.map((part) => applicantSection(part, complete)).join('\n')}
<footer>
  <p>Le titre est à retirer en personne, au lieu du dépôt, dans les ${months} mois suivant sa mise à disposition ; sinon il est détruit.</p>
  <p>La mairie enregistre les dossiers, elle ne les accepte ni ne les refuse. En cas de difficulté, écrivez ${cert ? `au ${escape(cert.name)}${cert.postalAddress ? ` (${escape(cert.postalAddress)})` : ''}` : 'au Centre d’expertise et de ressources titres (Cert) de votre région'}. ${FURTHER_REMEDIES}</p>
</footer>
</body></html>`;
}

function applicantSection({ heading, evaluation, missing }: ApplicantPart, complete: boolean): string {
  const titles = evaluation.requests.map((r) => `${TITLE_LABELS[r.title]} (${MOTIF_LABELS[r.motif]})`).join(' ; ');
  const stamp = evaluation.totalFee > 0
    ? `<p class="fee">Timbre fiscal : <strong>${formatEuros(evaluation.totalFee)}</strong>, à acheter en ligne sur timbres.impots.gouv.fr ou chez un buraliste.</p>`
    : '<p class="fee">Aucun timbre fiscal : gratuit.</p>';
  const preApplication = evaluation.pieces.some((p) => p.id === 'application-form')
    ? '<p>Pré-demande en ligne possible sur ants.gouv.fr : elle évite de remplir le formulaire au guichet.</p>'
    : '';
  return `<section>
  <h2>${escape(heading)}</h2>
  <p>${escape(titles)}</p>
  ${evaluation.complete ? '' : `<p class="pending">Vérification inachevée : ${evaluation.questions.length} question(s) restent à poser au guichet.</p>`}
  ${missing.length > 0 ? `<h3>À apporter</h3><ul>${missing.map(pieceItem).join('')}</ul>` : complete ? '' : '<p>Rien ne manque pour ce demandeur.</p>'}
  ${stamp}
  ${preApplication}
  ${evaluation.minor ? minorBlock(evaluation) : ''}
  ${evaluation.warnings.map((w) => `<p class="warning">${escape(w.message)}</p>`).join('')}
</section>`;
}

function pieceItem(piece: CheckedPiece): string {
  return `<li><strong>${escape(piece.label)}</strong>${piece.copies === 'original' ? '' : ` — ${COPIES_LABELS[piece.copies]}`}
    ${piece.condition ? `<br><em>${escape(capitalize(piece.condition))}.</em>` : ''}<br><span class="why">${escape(piece.reason)}</span></li>`;
}

function minorBlock(evaluation: Evaluation): string {
  const minor = evaluation.minor!;
  const who = (list: readonly ('child' | 'parent')[]) => list.map((p) => PRESENCE_LABELS[p]).join(' et ');
  return `<div class="minor"><h3>Pour l'enfant</h3>
  <p>Au dépôt : ${who(minor.presentAtDeposit)}. Au retrait : ${who(minor.presentAtRetrieval)}.</p>
  <p>Signature : ${SIGNER_LABELS[minor.signer]}</p>
  <p>Empreintes digitales : ${minor.fingerprints ? 'oui, relevées au dépôt' : 'non (moins de 12 ans)'}.</p></div>`;
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
