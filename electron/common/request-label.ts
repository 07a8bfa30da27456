// The words for a request's motif as people read them. The contract's motif
// stays "renewal" when a title held is too old to prove identity; the label
// then says the request is made with a first request's pieces, so the label
// and the held title's reason ("trop ancien pour prouver l’identité") say
// one thing (issue 18.2).
import type { Evaluation } from '../../rules/index.js';
import type { StationMessageId } from './messages/index.js';

type Request = Evaluation['requests'][number];

/** The reasons by which a held title, handed back, does not prove identity for its own renewal. */
const HELD_NOT_ENOUGH = new Set(['current-passport.renewal-not-enough']);

/** Whether this renewal proves identity as a first request does (the held title is too old). */
export function renewsWithFirstRequestPieces(evaluation: Evaluation, request: Request): boolean {
  return (
    request.motif === 'renewal' &&
    evaluation.pieces.some((p) => p.titles.includes(request.title) && p.explanations.some((e) => HELD_NOT_ENOUGH.has(e.reasonId)))
  );
}

/** The station catalog's id for a request's motif. */
export function motifMessage(evaluation: Evaluation, request: Request): StationMessageId {
  return renewsWithFirstRequestPieces(evaluation, request) ? 'motif.renewal.firstPieces' : `motif.${request.motif}`;
}
