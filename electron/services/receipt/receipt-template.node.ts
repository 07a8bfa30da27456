// The receipt: one HTML template for 80 mm rolls and A4 sheets, rendered
// from the visit. Everything it says comes from the evaluation, the agent's
// check-off and the station catalog; it carries no name and no document number.
// It never prints an unknown as known: while the engine has questions, the
// heading says the check is unfinished and the questions left are listed; a
// stamp is printed once the answers it reads are given, "à déterminer" until
// then; a piece not yet checked reads "à vérifier". This file gathers what
// the receipt says; its markup is in receipt-page.node.tsx and
// receipt-applicant.node.tsx, rendered by react-dom/server, which escapes it.
import QRCode from 'qrcode';
import { createElement } from 'react';
import { certFor, figuresAt } from '../../../rules/index.js';
import { applicantDescription, checklist, visitEvaluations } from '../../common/applicant-evaluation.js';
import { certContact } from '../../common/cert-contacts.js';
import type { Settings, Visit } from '../../common/contract.js';
import { stationText as t, type StationMessageId } from '../../common/messages/index.js';
import type { PaperId } from '../../common/papers.js';
import { applicantState, visitState, type CheckState } from '../../common/visit-state.js';
import { staticHtml } from './printed-page.node.js';
import type { ApplicantPart, AskAgainPart } from './receipt-applicant.node.js';
import { ReceiptPage, TestPage, type RemediesProps } from './receipt-page.node.js';

export type Paper = PaperId;

const TITLE_BY_STATE: Record<CheckState, StationMessageId> = {
  unfinished: 'slip.unfinished',
  missing: 'slip.missing',
  'to-check': 'slip.toCheck',
  complete: 'slip.complete',
};

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
  const titles = parts.reduce((n, p) => n + ('evaluation' in p ? p.evaluation.requests.length : 0), 0);
  return staticHtml(
    createElement(ReceiptPage, {
      title: t(TITLE_BY_STATE[state]),
      state,
      style: RECEIPT_STYLE,
      paper,
      mairieName: settings.mairieName,
      address: settings.address,
      reference: visit.reference,
      qr: await QRCode.toString(visit.reference, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }),
      depositDate: visit.depositDate,
      parts,
      retrieval: titles > 0 ? t('slip.retrieval', { months: figuresAt(visit.depositDate).retrievalMonths, count: titles }) : null,
      remedies: await remedies(settings.departement),
    }),
  );
}

/** The CERT of the station's département and how to reach it: its annuaire page, short and as a QR code. */
async function remedies(departement: string): Promise<RemediesProps> {
  const cert = certFor(departement);
  const contact = cert && !cert.postalAddress ? certContact(cert.name) : null;
  return {
    cert,
    contact: contact
      ? { short: contact.short, qr: await QRCode.toString(contact.url, { type: 'svg', margin: 0, errorCorrectionLevel: 'L' }) }
      : null,
  };
}

/** A short page that says which printer and paper it tests, to check the settings before the first visit. */
export function renderTestPageHtml(settings: Settings | null, paper: Paper): string {
  return staticHtml(createElement(TestPage, { mairieName: settings?.mairieName ?? null, paper, style: RECEIPT_STYLE }));
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
