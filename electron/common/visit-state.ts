// Where a check stands, said the same way on the screen, the home list and the
// receipt: unfinished while the engine still has questions, then "pieces
// missing" while any piece to bring is missing or not yet checked, then complete.
import type { z } from 'zod';
import type { Evaluation } from '../../rules/index.js';
import { checklist, type CheckedPiece } from './applicant-evaluation.js';
import { checkStateSchema, type Applicant } from './contract.js';

export type CheckState = z.infer<typeof checkStateSchema>;

export interface PieceSplit {
  /** Ticked missing by the agent. */
  missing: CheckedPiece[];
  /** Not ticked yet: printed "à vérifier", never as missing nor as seen. */
  unchecked: CheckedPiece[];
}

/** The pieces to bring that were not seen presented, missing apart from not yet checked. */
export function splitPieces(pieces: CheckedPiece[]): PieceSplit {
  const toBring = pieces.filter((p) => p.where === 'bring');
  return { missing: toBring.filter((p) => p.status === 'missing'), unchecked: toBring.filter((p) => p.status === null) };
}

export function applicantState(evaluation: Evaluation, pieces: CheckedPiece[]): CheckState {
  if (!evaluation.complete) return 'unfinished';
  const { missing, unchecked } = splitPieces(pieces);
  return missing.length > 0 ? 'missing' : unchecked.length > 0 ? 'to-check' : 'complete';
}

/**
 * An applicant's state from their evaluation; unfinished when there is none
 * (their answers no longer evaluate): such an applicant cannot be said
 * complete, a question must be asked again.
 */
export function stateOfApplicant(evaluation: Evaluation | null, applicant: Pick<Applicant, 'checks'>): CheckState {
  return evaluation ? applicantState(evaluation, checklist(evaluation, applicant)) : 'unfinished';
}

/** From the least advanced to the most, as the contract lists them. */
const ORDER: readonly CheckState[] = checkStateSchema.options;

/** A visit is as far as its least advanced applicant; a visit with nobody in it is unfinished. */
export function visitState(states: CheckState[]): CheckState {
  if (states.length === 0) return 'unfinished';
  return ORDER.find((state) => states.includes(state)) ?? 'complete';
}
