// The receipt: one HTML template for 80 mm rolls and A4 sheets, rendered
// from the visit. Everything it says comes from the evaluation, the agent's
// check-off and the station catalog; it carries no name and no document number.
// It never prints an unknown as known: while the engine has questions, the
// heading says the check is unfinished and the questions left are listed; a
// stamp is printed once the answers it reads are given, "à déterminer" until
// then; a piece not yet checked reads "à vérifier".
import QRCode from 'qrcode';
import {
  certFor,
  figuresAt,
  formatEuros,
  frenchDate,
  FURTHER_REMEDIES,
  type Evaluation,
  type FactKey,
  type Title,
} from '../../../rules/index.js';
import { applicantDescription, checklist, presenceText, visitEvaluations, type CheckedPiece } from '../../common/applicant-evaluation.js';
import { certContact } from '../../common/cert-contacts.js';
import { motifMessage } from '../../common/request-label.js';
import type { Settings, Visit } from '../../common/contract.js';
import { stationFr, stationText as t, type StationMessageId } from '../../common/messages/index.js';
import { explain } from '../../common/messages/reasons.js';
import type { PaperId } from '../../common/papers.js';
import { frenchSpaces } from '../../common/typography.js';
import { applicantState, splitPieces, visitState, type CheckState } from '../../common/visit-state.js';

export type Paper = PaperId;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** After a colon a French sentence goes on in lower case ("Signature : le parent signe"). */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
export const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Every sentence goes out escaped and set with French no-break spaces. */
const out = (text: string) => escape(frenchSpaces(text));

/** The warning whose dates say how a minor's retrieval changes: printed with the retrieval, not among the others. */
const AGE_BAND_WARNING = 'age-band-changes-before-retrieval';

interface ApplicantPart {
  heading: string;
  evaluation: Evaluation;
  pieces: CheckedPiece[];
  state: CheckState;
  /** Pieces ticked from a verified 2D-Doc (issue 17): their emission date only. */
  proofs: NonNullable<Visit['applicants'][number]['proofs']>;
}
/** A person whose stored answers no longer validate: named, with the answer to ask again, never left out. */
interface AskAgainPart {
  heading: string;
  error: { field: string; message: string };
  state: 'unfinished';
}

const TITLE_BY_STATE: Record<CheckState, StationMessageId> = {
  unfinished: 'slip.unfinished',
  missing: 'slip.missing',
  'to-check': 'slip.toCheck',
  complete: 'slip.complete',
};

/** A question's label as the station asks it; a key the catalog does not know yet is named as is rather than dropped. */
export function questionText(key: FactKey): string {
  const id = `q.${key}` as StationMessageId;
  return Object.hasOwn(stationFr, id) ? t(id) : key;
}

export async function renderReceiptHtml(visit: Visit, settings: Settings, paper: Paper = settings.paper): Promise<string> {
  const parts: (ApplicantPart | AskAgainPart)[] = visitEvaluations(visit, settings.departement, settings.productionDelayDays).map(
    ({ applicant, evaluation, error }, index) => {
      if (!evaluation) return { heading: t('visit.applicant', { number: index + 1 }), error, state: 'unfinished' };
      const pieces = checklist(evaluation, applicant);
      return {
        heading: t('visit.applicant.described', applicantDescription(evaluation, index)),
        evaluation,
        pieces,
        state: applicantState(evaluation, pieces),
        proofs: applicant.proofs ?? {},
      };
    },
  );
  const state = visitState(parts.map((p) => p.state));
  const title = t(TITLE_BY_STATE[state]);
  const qr = await QRCode.toString(visit.reference, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const titles = parts.reduce((n, p) => n + ('evaluation' in p ? p.evaluation.requests.length : 0), 0);

  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${out(title)} – ${visit.reference}</title>
<style>${RECEIPT_STYLE}</style></head>
<body class="paper-${paper}">
<header>
  <p class="mairie">${escape(settings.mairieName)}</p>
  <p>${escape(settings.address)}</p>
  <h1 data-state="${state}">${out(title)}</h1>
  ${state === 'unfinished' ? `<p class="pending">${out(t('slip.unfinished.body'))}</p>` : ''}
  <div class="ref"><div class="qr" aria-hidden="true">${qr}</div>
    <p>${out(t('slip.reference'))}<strong>${visit.reference}</strong><br>${out(t('slip.checkedOn', { date: frenchDate(visit.depositDate) }))}</p></div>
</header>
${parts.map((p) => ('evaluation' in p ? applicantSection(p, visit.depositDate) : askAgainSection(p))).join('\n')}
<footer>
  ${titles > 0 ? `<p>${out(t('slip.retrieval', { months: figuresAt(visit.depositDate).retrievalMonths, count: titles }))}</p>` : ''}
  ${await remedies(settings.departement)}
</footer>
</body></html>`;
}

/** « Justificatif de domicile… : vérifié par 2D-Doc, émis le JJ/MM/AAAA », for each presented piece its 2D-Doc proved. */
function proofLines(pieces: CheckedPiece[], proofs: ApplicantPart['proofs']): string {
  return pieces
    .filter((p) => p.status === 'presented' && proofs[p.id])
    .map((p) => `<p class="proof">${out(`${p.label} : ${t('twoDDoc.receipt', { date: frenchDate(proofs[p.id]!.emittedOn) })}`)}</p>`)
    .join('');
}

function applicantSection({ heading, evaluation, pieces, state, proofs }: ApplicantPart, depositDate: string): string {
  const requests = evaluation.requests.map((r) => `${t(`title.${r.title}`)} (${t(motifMessage(evaluation, r))})`).join(' ; ');
  const { missing, unchecked } = splitPieces(pieces);
  const listed = (list: CheckedPiece[]) => list.filter((p) => p.id !== 'tax-stamp');
  const toBring = listed(missing);
  const toCheck = listed(unchecked);
  return `<section data-state="${state}">
  <h2>${out(heading)}</h2>
  ${requests ? `<p>${out(requests)}</p>` : ''}
  ${state === 'unfinished' ? questionsLeft(evaluation) : ''}
  ${toBring.length > 0 ? `<h3>${out(t('slip.bring', { count: toBring.length }))}</h3><ul>${toBring.map(pieceItem).join('')}</ul>` : ''}
  ${toCheck.length > 0 ? `<h3>${out(t('slip.toVerify', { count: toCheck.length }))}</h3><ul>${toCheck.map(pieceItem).join('')}</ul>` : ''}
  ${state === 'complete' ? `<p>${out(t('slip.nothingMissing'))}</p>` : ''}
  ${proofLines(pieces, proofs)}
  ${stamps(evaluation, pieces)}
  ${evaluation.pieces.some((p) => p.id === 'application-form') ? `<p>${out(t('slip.preApplication'))}</p>` : ''}
  ${evaluation.minor ? minorBlock(evaluation, depositDate) : ''}
  ${evaluation.open.minor.length > 0 ? `<p class="pending">${out(t('slip.minor.pending', { questions: questionList(evaluation.open.minor) }))}</p>` : ''}
  ${evaluation.warnings
    .filter((w) => w.id !== AGE_BAND_WARNING)
    .map((w) => `<p class="warning">${out(explain('fr', w, w.message))}</p>`)
    .join('')}
</section>`;
}

function askAgainSection({ heading, error }: AskAgainPart): string {
  return `<section data-state="unfinished">
  <h2>${out(heading)}</h2>
  <p class="pending">${out(t('slip.askAgain', { question: questionText(error.field as FactKey), reason: error.message }))}</p>
</section>`;
}

function questionsLeft(evaluation: Evaluation): string {
  const keys = evaluation.questions;
  return `<p class="pending">${out(t('slip.questions', { count: keys.length }))}</p>
  <ul class="questions">${keys.map((key) => `<li>${out(questionText(key))}</li>`).join('')}</ul>
  <p>${out(t('slip.pendingPieces'))}</p>`;
}

/**
 * One line per title's stamp (two stamps are two purchases), printed as soon
 * as the answers it reads are given (`evaluation.open`); until then "à
 * déterminer" and those answers, never the questions it does not depend on.
 */
function stamps(evaluation: Evaluation, pieces: CheckedPiece[]): string {
  const titles = Object.keys(evaluation.open.fees) as Title[];
  if (titles.length === 0) return `<p class="fee">${out(t('slip.fee.pending'))}</p>`;
  const stamp = pieces.find((p) => p.id === 'tax-stamp');
  const status = stamp?.status ?? 'unchecked';
  const settled = evaluation.fees.filter((f) => evaluation.open.fees[f.title]?.length === 0);
  const paid = settled.filter((f) => f.amount > 0);
  const lines = titles.map((title) => {
    const fee = settled.find((f) => f.title === title);
    if (!fee) return t('slip.stamp.pending', { title, questions: questionList(evaluation.open.fees[title] ?? []) });
    return fee.amount > 0 ? t('slip.stamp', { title, amount: formatEuros(fee.amount), status }) : t('slip.stamp.free', { title });
  });
  return `<div class="fee">${lines.map((line) => `<p>${out(line)}</p>`).join('')}
  ${paid.length > 0 && status !== 'presented' ? `<p class="where">${out(t('slip.stamp.where', { count: paid.length }))}</p>` : ''}</div>`;
}

const questionList = (keys: FactKey[]) => keys.map(questionText).join(' ; ');

function pieceItem(piece: CheckedPiece): string {
  const copies = t(`copies.${piece.copies}`);
  // "Photocopie de la pièce d'identité de l'hébergeant" already says it: no "— photocopie" after it.
  const saysCopies = piece.copies === 'original' || piece.label.toLowerCase().includes(copies.toLowerCase());
  return `<li><strong>${out(piece.label)}</strong>${saysCopies ? '' : ` — ${out(copies)}`}
    ${piece.condition ? `<br><em>${out(capitalize(piece.condition))}.</em>` : ''}<br><span class="why">${out(explain('fr', piece, piece.reason))}</span></li>`;
}

function minorBlock(evaluation: Evaluation, depositDate: string): string {
  const minor = evaluation.minor!;
  const change = evaluation.warnings.find((w) => w.id === AGE_BAND_WARNING);
  return `<div class="minor"><h3>${out(t('slip.child'))}</h3>
  <p>${out(t('slip.deposit', { who: presenceText(minor.presentAtDeposit, t) }))}</p>
  <p>${out(t('slip.retrievalPresence', { who: presenceText(minor.presentAtRetrieval, t) }))}</p>
  ${change ? `<p class="warning">${out(explain('fr', change, change.message))}</p>` : ''}
  <p>${out(t('slip.signature', { rule: lowerFirst(t(`signer.${minor.signer}`)) }))}</p>
  <p>${out(t('slip.fingerprints', { yes: minor.fingerprints ? 'yes' : 'no', fingerprintsAge: figuresAt(depositDate).fingerprintsAge }))}</p></div>`;
}

/** An address that breaks only after a "/", never at its hyphens (a reader would type the hyphen as a line end). */
const urlText = (url: string) =>
  url
    .split(/(?<=\/)/)
    .map((part) => `<span class="nowrap">${escape(part)}</span>`)
    .join('<wbr>');

/** The CERT of the station's département and how to reach it: its annuaire page, short and as a QR code. */
async function remedies(departement: string): Promise<string> {
  const cert = certFor(departement);
  const contact = cert ? certContact(cert.name) : null;
  const to = !cert ? t('slip.remedies.unknown') : t('slip.remedies.cert', { cert: cert.name });
  const reach = cert?.postalAddress
    ? `<p>${out(cert.postalAddress)}</p>`
    : contact
      ? `<div class="ref"><div class="qr small" aria-hidden="true">${await QRCode.toString(contact.url, { type: 'svg', margin: 0, errorCorrectionLevel: 'L' })}</div>
    <p class="url">${urlText(contact.short)}</p></div>`
      : '';
  return `<p>${out(t('slip.remedies', { to }))}</p>${reach}<p>${out(FURTHER_REMEDIES)}</p>`;
}

/** A short page that says which printer and paper it tests, to check the settings before the first visit. */
export function renderTestPageHtml(settings: Settings | null, paper: Paper): string {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${out(t('print.testPage'))}</title><style>${RECEIPT_STYLE}</style></head>
<body class="paper-${paper}"><h1>${out(t('print.testPage'))}</h1>
${settings ? `<p class="mairie">${escape(settings.mairieName)}</p>` : ''}
<p>${out(t('print.testPage.body', { paper: t(`settings.paper.${paper}`) }))}</p>
<p>« Àéèçœ » 0123456789 € ; : ! ?</p></body></html>`;
}

/** Exported so the app's CSP can allow exactly this style by its hash in the preview. */
export const RECEIPT_STYLE = `
  @page { margin: 0; }
  html { margin: 0; }
  body.paper-a4 { font: 11pt/1.35 "DejaVu Sans", sans-serif; margin: 12mm 14mm; }
  body.paper-80mm { font: 8.5pt/1.3 "DejaVu Sans", sans-serif; width: 70mm; margin: 3mm 5mm 4mm; }
  body { color: #000; overflow-wrap: anywhere; }
  h1 { font-size: 1.5em; margin: .4em 0; }
  h2 { font-size: 1.15em; border-top: 1px solid #000; padding-top: .4em; margin: .8em 0 .3em; }
  h3 { font-size: 1em; margin: .6em 0 .2em; }
  p { margin: .2em 0; }
  .mairie { font-weight: bold; font-size: 1.1em; margin: 0; }
  header p { margin: 0; }
  .ref { display: flex; gap: 3mm; align-items: center; margin: .5em 0; }
  .qr svg { width: 22mm; height: 22mm; display: block; }
  .qr.small svg { width: 16mm; height: 16mm; }
  .url { font-size: .85em; }
  .nowrap { white-space: nowrap; }
  ul { padding-left: 1.4em; margin: .2em 0; list-style-position: outside; }
  li { margin-bottom: .35em; }
  .why { font-size: .9em; }
  .fee p { font-weight: bold; }
  .fee p.where { font-weight: normal; }
  .warning { border-left: 2px solid #000; padding-left: .4em; }
  .pending { font-weight: bold; }
  footer { border-top: 1px solid #000; margin-top: 1em; font-size: .9em; }
`;
