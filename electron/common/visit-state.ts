// Where a check stands, said the same way on the screen, the home list and the
// receipt: unfinished while the engine still has questions, then "pieces
// missing" while any piece to bring is missing or not yet checked, then complete.
import type { Evaluation } from '../../rules/index.js';
import type { CheckedPiece } from './applicant-evaluation.js';

export type CheckState = 'unfinished' | 'missing' | 'to-check' | 'complete';

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

const ORDER: CheckState[] = ['unfinished', 'missing', 'to-check', 'complete'];

/** A visit is as far as its least advanced applicant; a visit with nobody in it is unfinished. */
export function visitState(states: CheckState[]): CheckState {
  if (states.length === 0) return 'unfinished';
  return ORDER.find((state) => states.includes(state)) ?? 'complete';
}
