/** @jsxRuntime automatic */
// One person's part of the receipt: what they asked for, the questions left,
// the pieces to bring and to check, the stamps, the child's block and the
// warnings. It never prints an unknown as known: a stamp is printed once the
// answers it reads are given, "à déterminer" until then; a piece not yet
// checked reads "à vérifier".
import { figuresAt, formatEuros, frenchDate, type Evaluation, type FactKey, type Title } from '../../../rules/index.js';
import { presenceText, type CheckedPiece } from '../../common/applicant-evaluation.js';
import type { Visit } from '../../common/contract.js';
import { motifMessage } from '../../common/request-label.js';
import { stationFr, stationText as t, type StationMessageId } from '../../common/messages/index.js';
import { explain } from '../../common/messages/reasons.js';
import { frenchSpaces as fr } from '../../common/typography.js';
import { splitPieces, type CheckState } from '../../common/visit-state.js';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** After a colon a French sentence goes on in lower case ("Signature : le parent signe"). */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The warning whose dates say how a minor's retrieval changes: printed with the retrieval, not among the others. */
const AGE_BAND_WARNING = 'age-band-changes-before-retrieval';

export interface ApplicantPart {
  heading: string;
  evaluation: Evaluation;
  pieces: CheckedPiece[];
  state: CheckState;
  /** Pieces ticked from a verified 2D-Doc (issue 17): their emission date only. */
  proofs: NonNullable<Visit['applicants'][number]['proofs']>;
}
/** A person whose stored answers no longer validate: named, with the answer to ask again, never left out. */
export interface AskAgainPart {
  heading: string;
  error: { field: string; message: string };
  state: 'unfinished';
}

/** A question's label as the station asks it; a key the catalog does not know yet is named as is rather than dropped. */
function questionText(key: FactKey): string {
  const id = `q.${key}` as StationMessageId;
  return Object.hasOwn(stationFr, id) ? t(id) : key;
}
const questionList = (keys: FactKey[]) => keys.map(questionText).join(' ; ');

export function ApplicantSection({ part, depositDate }: { part: ApplicantPart; depositDate: string }) {
  const { heading, evaluation, pieces, state, proofs } = part;
  const requests = evaluation.requests.map((r) => `${t(`title.${r.title}`)} (${t(motifMessage(evaluation, r))})`).join(' ; ');
  const { missing, unchecked } = splitPieces(pieces);
  const listed = (list: CheckedPiece[]) => list.filter((p) => p.id !== 'tax-stamp');
  const toBring = listed(missing);
  const toCheck = listed(unchecked);
  return (
    <section data-state={state}>
      <h2>{fr(heading)}</h2>
      {requests && <p>{fr(requests)}</p>}
      {state === 'unfinished' && <QuestionsLeft keys={evaluation.questions} />}
      {toBring.length > 0 && <PieceList heading={t('slip.bring', { count: toBring.length })} pieces={toBring} />}
      {toCheck.length > 0 && <PieceList heading={t('slip.toVerify', { count: toCheck.length })} pieces={toCheck} />}
      {state === 'complete' && <p>{fr(t('slip.nothingMissing'))}</p>}
      <ProofLines pieces={pieces} proofs={proofs} />
      <Stamps evaluation={evaluation} pieces={pieces} />
      {evaluation.pieces.some((p) => p.id === 'application-form') && <p>{fr(t('slip.preApplication'))}</p>}
      {evaluation.minor && <MinorBlock evaluation={evaluation} depositDate={depositDate} />}
      {evaluation.open.minor.length > 0 && (
        <p className="pending">{fr(t('slip.minor.pending', { questions: questionList(evaluation.open.minor) }))}</p>
      )}
      {evaluation.warnings
        .filter((w) => w.id !== AGE_BAND_WARNING)
        .map((w, i) => (
          <p key={i} className="warning">
            {fr(explain('fr', w, w.message))}
          </p>
        ))}
    </section>
  );
}

export function AskAgainSection({ part: { heading, error } }: { part: AskAgainPart }) {
  return (
    <section data-state="unfinished">
      <h2>{fr(heading)}</h2>
      <p className="pending">{fr(t('slip.askAgain', { question: questionText(error.field as FactKey), reason: error.message }))}</p>
    </section>
  );
}

function QuestionsLeft({ keys }: { keys: FactKey[] }) {
  return (
    <>
      <p className="pending">{fr(t('slip.questions', { count: keys.length }))}</p>
      <ul className="questions">
        {keys.map((key) => (
          <li key={key}>{fr(questionText(key))}</li>
        ))}
      </ul>
      <p>{fr(t('slip.pendingPieces'))}</p>
    </>
  );
}

function PieceList({ heading, pieces }: { heading: string; pieces: CheckedPiece[] }) {
  return (
    <>
      <h3>{fr(heading)}</h3>
      <ul>
        {pieces.map((piece, i) => (
          <PieceItem key={i} piece={piece} />
        ))}
      </ul>
    </>
  );
}

function PieceItem({ piece }: { piece: CheckedPiece }) {
  const copies = t(`copies.${piece.copies}`);
  // "Photocopie de la pièce d'identité de l'hébergeant" already says it: no "— photocopie" after it.
  const saysCopies = piece.copies === 'original' || piece.label.toLowerCase().includes(copies.toLowerCase());
  return (
    <li>
      <strong>{fr(piece.label)}</strong>
      {!saysCopies && ` — ${fr(copies)}`}
      {piece.condition && (
        <>
          <br />
          <em>{fr(capitalize(piece.condition))}.</em>
        </>
      )}
      <br />
      <span className="why">{fr(explain('fr', piece, piece.reason))}</span>
    </li>
  );
}

/** « Justificatif de domicile… : vérifié par 2D-Doc, émis le JJ/MM/AAAA », for each presented piece its 2D-Doc proved. */
function ProofLines({ pieces, proofs }: { pieces: CheckedPiece[]; proofs: ApplicantPart['proofs'] }) {
  return pieces
    .filter((p) => p.status === 'presented' && proofs[p.id])
    .map((p, i) => (
      <p key={i} className="proof">
        {fr(`${p.label} : ${t('twoDDoc.receipt', { date: frenchDate(proofs[p.id]!.emittedOn) })}`)}
      </p>
    ));
}

/**
 * One line per title's stamp (two stamps are two purchases), printed as soon
 * as the answers it reads are given (`evaluation.open`); until then "à
 * déterminer" and those answers, never the questions it does not depend on.
 */
function Stamps({ evaluation, pieces }: { evaluation: Evaluation; pieces: CheckedPiece[] }) {
  const titles = Object.keys(evaluation.open.fees) as Title[];
  if (titles.length === 0) return <p className="fee">{fr(t('slip.fee.pending'))}</p>;
  const stamp = pieces.find((p) => p.id === 'tax-stamp');
  const status = stamp?.status ?? 'unchecked';
  const settled = evaluation.fees.filter((f) => evaluation.open.fees[f.title]?.length === 0);
  const paid = settled.filter((f) => f.amount > 0);
  const lines = titles.map((title) => {
    const fee = settled.find((f) => f.title === title);
    if (!fee) return t('slip.stamp.pending', { title, questions: questionList(evaluation.open.fees[title] ?? []) });
    return fee.amount > 0 ? t('slip.stamp', { title, amount: formatEuros(fee.amount), status }) : t('slip.stamp.free', { title });
  });
  return (
    <div className="fee">
      {lines.map((line, i) => (
        <p key={i}>{fr(line)}</p>
      ))}
      {paid.length > 0 && status !== 'presented' && <p className="where">{fr(t('slip.stamp.where', { count: paid.length }))}</p>}
    </div>
  );
}

function MinorBlock({ evaluation, depositDate }: { evaluation: Evaluation; depositDate: string }) {
  const minor = evaluation.minor!;
  const change = evaluation.warnings.find((w) => w.id === AGE_BAND_WARNING);
  return (
    <div className="minor">
      <h3>{fr(t('slip.child'))}</h3>
      <p>{fr(t('slip.deposit', { who: presenceText(minor.presentAtDeposit, t) }))}</p>
      <p>{fr(t('slip.retrievalPresence', { who: presenceText(minor.presentAtRetrieval, t) }))}</p>
      {change && <p className="warning">{fr(explain('fr', change, change.message))}</p>}
      <p>{fr(t('slip.signature', { rule: lowerFirst(t(`signer.${minor.signer}`)) }))}</p>
      <p>
        {fr(t('slip.fingerprints', { yes: minor.fingerprints ? 'yes' : 'no', fingerprintsAge: figuresAt(depositDate).fingerprintsAge }))}
      </p>
    </div>
  );
}
