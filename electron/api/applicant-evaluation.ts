// How a stored applicant becomes an evaluation, the same way on the host
// (receipt) and in the renderer (screens): the answers, plus the visit's
// deposit date and the station's territory.
import { evaluate, parseFacts, territoryOf, type Evaluation, type FactsError, type Piece } from '../../rules/index.js';
import type { Answers, Applicant, PieceStatus } from './contract.js';

export function evaluateAnswers(answers: Answers, depositDate: string, departement: string): { ok: true; evaluation: Evaluation } | { ok: false; error: FactsError } {
  const parsed = parseFacts({ ...answers, today: depositDate, territory: territoryOf(departement) }, depositDate);
  return parsed.ok ? { ok: true, evaluation: evaluate(parsed.facts) } : parsed;
}

export interface CheckedPiece extends Piece {
  status: PieceStatus | null;
}

/** The evaluation's pieces with the agent's check-off; a check on a piece no longer needed is ignored. */
export function checklist(evaluation: Evaluation, applicant: Pick<Applicant, 'checks'>): CheckedPiece[] {
  return evaluation.pieces.map((piece) => ({ ...piece, status: applicant.checks[piece.id] ?? null }));
}

/** What the person still has to bring: pieces to bring that were not seen presented. */
export function missingPieces(pieces: CheckedPiece[]): CheckedPiece[] {
  return pieces.filter((p) => p.where === 'bring' && p.status !== 'presented');
}

export const TITLE_LABELS = { cni: "Carte nationale d'identité", passport: 'Passeport' } as const;
export const MOTIF_LABELS = { first: 'première demande', renewal: 'renouvellement', loss: 'perte', theft: 'vol' } as const;
export const COPIES_LABELS = { original: 'original', photocopy: 'photocopie', 'original-and-photocopy': 'original + photocopie' } as const;
export const PRESENCE_LABELS = { child: "l'enfant", parent: 'le parent (ou le tuteur)' } as const;
export const SIGNER_LABELS = {
  parent: 'Le parent (ou le tuteur) signe, avec la mention « le père », « la mère » ou « le tuteur ».',
  'child-or-parent': "L'enfant peut signer si le parent est d'accord ; sinon le parent signe avec la mention « le père », « la mère » ou « le tuteur ».",
} as const;

/** "adulte de 37 ans", "mineur de 12 ans": how an applicant is named without a name. */
export function describeApplicant(evaluation: Evaluation, index: number): string {
  const { age, adult } = evaluation.applicant;
  const who = age === null ? 'âge à préciser' : adult ? `adulte, ${age} ans` : `mineur, ${age} an${age > 1 ? 's' : ''}`;
  return `Demandeur ${index + 1} (${who})`;
}
