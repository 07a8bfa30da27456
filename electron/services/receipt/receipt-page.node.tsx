/** @jsxRuntime automatic */
// The receipt's markup (receipt-template.node.ts gathers what it says): the
// mairie, where the check stands and the visit's reference, one section per
// person, then the retrieval and the remedies. Also the printer's test page.
import { Fragment } from 'react';
import { frenchDate, FURTHER_REMEDIES } from '../../../rules/index.js';
import type { CheckState } from '../../common/visit-state.js';
import { stationText as t } from '../../common/messages/index.js';
import type { PaperId } from '../../common/papers.js';
import { frenchSpaces as fr } from '../../common/typography.js';
import { ApplicantSection, AskAgainSection, type ApplicantPart, type AskAgainPart } from './receipt-applicant.node.js';
import { PrintedPage, Qr } from './printed-page.node.js';

export interface ReceiptProps {
  title: string;
  state: CheckState;
  style: string;
  paper: PaperId;
  mairieName: string;
  address: string;
  reference: string;
  /** The reference as a QR code. */
  qr: string;
  depositDate: string;
  parts: (ApplicantPart | AskAgainPart)[];
  /** The retrieval line, when any title is asked for. */
  retrieval: string | null;
  remedies: RemediesProps;
}

export function ReceiptPage(props: ReceiptProps) {
  const { title, state } = props;
  return (
    <PrintedPage title={`${fr(title)} – ${props.reference}`} style={props.style} paper={props.paper}>
      <header>
        <p className="mairie">{props.mairieName}</p>
        <p>{props.address}</p>
        <h1 data-state={state}>{fr(title)}</h1>
        {state === 'unfinished' && <p className="pending">{fr(t('slip.unfinished.body'))}</p>}
        <div className="ref">
          <Qr svg={props.qr} />
          <p>
            {fr(t('slip.reference'))}
            <strong>{props.reference}</strong>
            <br />
            {fr(t('slip.depositDate', { date: frenchDate(props.depositDate) }))}
          </p>
        </div>
      </header>
      {props.parts.map((part, i) =>
        'evaluation' in part ? (
          <ApplicantSection key={i} part={part} depositDate={props.depositDate} />
        ) : (
          <AskAgainSection key={i} part={part} />
        ),
      )}
      <footer>
        {props.retrieval && <p>{fr(props.retrieval)}</p>}
        <Remedies {...props.remedies} />
      </footer>
    </PrintedPage>
  );
}

export interface RemediesProps {
  /** The CERT of the station's département, when it is known. */
  cert: { name: string; postalAddress: string | null } | null;
  /** Its annuaire page, short and as a QR code, when it has no postal address to print. */
  contact: { short: string; qr: string } | null;
}

/** The CERT of the station's département and how to reach it. */
function Remedies({ cert, contact }: RemediesProps) {
  const to = !cert ? t('slip.remedies.unknown') : t('slip.remedies.cert', { cert: cert.name });
  return (
    <>
      <p>{fr(t('slip.remedies', { to }))}</p>
      {cert?.postalAddress ? (
        <p>{fr(cert.postalAddress)}</p>
      ) : (
        contact && (
          <div className="ref">
            <Qr svg={contact.qr} className="qr small" />
            <p className="url">
              <UrlText url={contact.short} />
            </p>
          </div>
        )
      )}
      <p>{fr(FURTHER_REMEDIES)}</p>
    </>
  );
}

/** An address that breaks only after a "/", never at its hyphens (a reader would type the hyphen as a line end). */
function UrlText({ url }: { url: string }) {
  return url.split(/(?<=\/)/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      <span className="nowrap">{part}</span>
    </Fragment>
  ));
}

/** A short page that says which printer and paper it tests, to check the settings before the first visit. */
export function TestPage({ mairieName, paper, style }: { mairieName: string | null; paper: PaperId; style: string }) {
  return (
    <PrintedPage title={fr(t('print.testPage'))} style={style} paper={paper}>
      <h1>{fr(t('print.testPage'))}</h1>
      {mairieName !== null && <p className="mairie">{mairieName}</p>}
      <p>{fr(t('print.testPage.body', { paper: t(`settings.paper.${paper}`) }))}</p>
      <p>« Àéèçœ » 0123456789 € ; : ! ?</p>
    </PrintedPage>
  );
}
