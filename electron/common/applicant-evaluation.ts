// How a stored applicant becomes an evaluation, the same way on the host
// (receipt) and in the renderer (screens): the answers, plus the visit's
// deposit date and the station's territory.
import {
  evaluateTraced,
  parseFacts,
  territoryOf,
  type Evaluation,
  type FactsError,
  type Piece,
  type TracedEvaluation,
} from '../../rules/index.js';
import type { Answers, Applicant, PieceStatus, Visit } from './contract.js';
import type { StationMessageId } from './messages/index.js';

/**
 * The station's own delay between deposit and availability, as the fact the
 * engine reads (CONTRACT.md, 2026-11-24), given only when the settings set
 * it: otherwise the engine uses its dated estimate.
 */
function stationFacts(productionDelayDays: number | null | undefined): { productionDelayDays?: number } {
  return productionDelayDays != null ? { productionDelayDays } : {};
}

export function evaluateAnswers(
  answers: Answers,
  depositDate: string,
  departement: string,
  productionDelayDays?: number | null,
): ({ ok: true } & TracedEvaluation) | { ok: false; error: FactsError } {
  const parsed = parseFacts(
    { ...answers, ...stationFacts(productionDelayDays), today: depositDate, territory: territoryOf(departement) },
    depositDate,
  );
  return parsed.ok ? { ok: true, ...evaluateTraced(parsed.facts) } : parsed;
}

/**
 * The evaluation, or null when it cannot be had: no deposit date yet (a screen
 * still loading it), or answers the rules refuse (a rule changed since).
 */
export function evaluationOrNull(
  answers: Answers,
  depositDate: string | null | undefined,
  departement: string,
  productionDelayDays?: number | null,
): Evaluation | null {
  return tracedEvaluationOrNull(answers, depositDate, departement, productionDelayDays)?.evaluation ?? null;
}

/** The same, with the answered facts the evaluation read (what `relevantAnswers` keeps). */
export function tracedEvaluationOrNull(
  answers: Answers,
  depositDate: string | null | undefined,
  departement: string,
  productionDelayDays?: number | null,
): TracedEvaluation | null {
  if (!depositDate) return null;
  const result = evaluateAnswers(answers, depositDate, departement, productionDelayDays);
  return result.ok ? { evaluation: result.evaluation, readFacts: result.readFacts } : null;
}

/**
 * One applicant of a visit: evaluated, or (a rule changed since, a stored
 * answer became impossible) the answer that must be asked again, in French.
 */
export type ApplicantEvaluation =
  | { applicant: Applicant; evaluation: Evaluation; error: null }
  | { applicant: Applicant; evaluation: null; error: { field: string; message: string } };

/** Each applicant of a visit, in order, none left out: one whose answers no longer validate says which answer is at fault. */
export function visitEvaluations(visit: Visit, departement: string, productionDelayDays?: number | null): ApplicantEvaluation[] {
  return visit.applicants.map((applicant) => {
    const result = evaluateAnswers(applicant.answers, visit.depositDate, departement, productionDelayDays);
    return result.ok
      ? { applicant, evaluation: result.evaluation, error: null }
      : { applicant, evaluation: null, error: { field: result.error.field, message: result.error.messageFr } };
  });
}

/** "l'enfant et le parent (ou le tuteur)", from the station catalog. */
export function presenceText(who: readonly ('child' | 'parent')[], t: (id: StationMessageId) => string): string {
  return who.map((p) => t(`presence.${p}`)).join(' et ');
}

export interface CheckedPiece extends Piece {
  status: PieceStatus | null;
}

/** The evaluation's pieces with the agent's check-off; a check on a piece no longer needed is ignored. */
export function checklist(evaluation: Evaluation, applicant: Pick<Applicant, 'checks'>): CheckedPiece[] {
  return evaluation.pieces.map((piece) => ({ ...piece, status: applicant.checks[piece.id] ?? null }));
}

/** The values of the station catalog's `visit.applicant.described`: an applicant named without a name. */
export function applicantDescription(evaluation: Evaluation, index: number): Record<string, string | number> {
  const { age, adult } = evaluation.applicant;
  return { number: index + 1, age: age ?? 'unknown', adult: adult ? 'yes' : 'no' };
}
