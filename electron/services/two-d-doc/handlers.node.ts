// The 2D-Doc's API methods (issue 17), kept apart from the other handlers:
// the trust bundle in Paramètres, reading a code, and ticking its piece.
import type { Method, ParsedRequest, Result, TwoDDocPiece, Visit } from '../../common/contract.js';
import { BUNDLE_MAX_AGE_DAYS, daysBetween, type TrustBundleStatus } from '../../common/two-d-doc/reading.js';
import { evaluateAnswers } from '../../common/applicant-evaluation.js';
import { stationText as t, type StationMessageId } from '../../common/messages/index.js';
import { ApiError, notFound } from '../api-error.node.js';
import type { Clock } from '../clock.node.js';
import type { SessionStore } from '../store/session-store.node.js';
import { readTwoDDoc } from './read.node.js';
import { BundleError, type TrustBundle, type TrustStore } from './trust-bundle.node.js';

type Handlers<M extends Method> = { [K in M]: (request: ParsedRequest<K>) => Result<K> };

function statusOf(bundle: TrustBundle, today: string): TrustBundleStatus {
  const ageDays = daysBetween(bundle.issuedOn, today);
  return {
    issuedOn: bundle.issuedOn,
    importedOn: bundle.importedOn,
    source: bundle.source,
    authorities: bundle.authorities.size,
    issuers: bundle.issuers.size,
    ageDays,
    stale: ageDays > BUNDLE_MAX_AGE_DAYS,
  };
}

export function trustBundleHandlers(trust: TrustStore, clock: Clock): Handlers<'getTrustBundle' | 'importTrustBundle'> {
  return {
    getTrustBundle: () => {
      const bundle = trust.current();
      return bundle ? statusOf(bundle, clock.today()) : null;
    },
    importTrustBundle: ({ text }) => {
      try {
        return statusOf(trust.import(text, clock.today()), clock.today());
      } catch (error) {
        if (!(error instanceof BundleError)) throw error;
        throw new ApiError({
          code: 'invalid-request',
          field: 'text',
          message: t(`settings.trust.error.${error.issue}` as StationMessageId, { detail: error.detail }),
        });
      }
    },
  };
}

interface TwoDDocDeps {
  store: SessionStore;
  clock: Clock;
  trust: TrustStore;
  visit: (reference: string) => Visit;
}

export function twoDDocHandlers(deps: TwoDDocDeps): Handlers<'readTwoDDoc' | 'tickTwoDDoc'> {
  /** The code read on the visit's deposit date, once the piece is one this applicant's list holds. */
  const read = (reference: string, applicantId: number, pieceId: TwoDDocPiece, code: string) => {
    const found = deps.visit(reference);
    const applicant = found.applicants.find((a) => a.id === applicantId);
    if (!applicant) throw notFound(reference);
    if (!listsPiece(applicant.answers, found.depositDate, deps.store, pieceId)) {
      throw new ApiError({ code: 'invalid-request', field: 'pieceId', message: t('twoDDoc.error.piece') });
    }
    return readTwoDDoc(code, { bundle: deps.trust.current(), today: deps.clock.today(), depositDate: found.depositDate });
  };
  return {
    readTwoDDoc: ({ reference, applicantId, pieceId, code }) => read(reference, applicantId, pieceId, code).reading,
    tickTwoDDoc: ({ reference, applicantId, pieceId, code }) => {
      // Read again on the host: the tick rests on what the host verified, never on what a page says it saw.
      const { reading, doc } = read(reference, applicantId, pieceId, code);
      if (!reading.readable || !reading.tickable || !doc?.header.emittedOn) {
        const why = reading.readable ? `${reading.signature.text}, ${reading.age.text}` : reading.why;
        throw new ApiError({ code: 'invalid-request', field: 'code', message: t('twoDDoc.error.notTickable', { why }) });
      }
      if (!deps.store.setPieceProof(reference, applicantId, pieceId, doc.header.emittedOn)) throw notFound(reference);
      return deps.visit(reference);
    },
  };
}

/** Whether the applicant's list, as the rules give it on the deposit date, holds the piece. */
function listsPiece(
  answers: Visit['applicants'][number]['answers'],
  depositDate: string,
  store: SessionStore,
  pieceId: TwoDDocPiece,
): boolean {
  const settings = store.readSettings();
  if (!settings) return false;
  const result = evaluateAnswers(answers, depositDate, settings.departement, settings.productionDelayDays);
  return result.ok && result.evaluation.pieces.some((piece) => piece.id === pieceId);
}
