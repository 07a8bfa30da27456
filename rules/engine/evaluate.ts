import { QUESTION_ORDER, type FactKey, type Facts, type Title } from '../facts/facts.js';
import type { Evaluation, Fee, Motif, Warning } from '../evaluation.js';
import { pieceLabels, taxStampLabel } from '../pieces/catalog.js';
import { PieceCollector } from '../pieces/collector.js';
import { Context, MissingFact, tracingReads } from './context.js';
import { OpenQuestionsTracker, type Part } from './open-questions.js';
import { address, applicationForm, birthRecord, minorPieces, photo, usageName } from './common-pieces.js';
import { fee } from './fees.js';
import { identityPieces, type BirthCertificateNeed } from './identity.js';
import { minorBlock } from './minor.js';
import { nameChangeProof } from './name-change-proof.js';
import { keepsPreviousExpiry, minorWarnings, oldPassportReturned, renewalTiming, type Emit } from './warnings.js';
import { frenchReason } from '../words/format.js';

const MOTIFS = { none: 'first', held: 'renewal', lost: 'loss', stolen: 'theft' } as const satisfies Record<string, Motif>;

/**
 * The one entry point (CONTRACT.md): validated facts in, evaluation out.
 * Each part of the dossier is worked out on its own, so a question that
 * blocks one part does not hide what the others already know; the
 * questions are the facts those parts stopped on.
 */
export function evaluate(facts: Facts): Evaluation {
  return evaluateTraced(facts).evaluation;
}

/**
 * An evaluation and the answered facts it read (like Publicodes'
 * dependencies), in question order. Not part of the contract's output:
 * the host and the screens keep only these answers, as the others change
 * nothing and no question would come back without them.
 */
export interface TracedEvaluation {
  evaluation: Evaluation;
  readFacts: FactKey[];
}

export function evaluateTraced(facts: Facts): TracedEvaluation {
  const { result, read } = tracingReads(() => evaluateParts(facts));
  return { evaluation: result, readFacts: QUESTION_ORDER.filter((key) => read.has(key)) };
}

function evaluateParts(facts: Facts): Evaluation {
  const ctx = new Context(facts);
  const missing = new Set<FactKey>();
  const open = new OpenQuestionsTracker();
  // `outputs`: what the part decides, so each output lists its own open questions (the pieces when unnamed).
  const attempt = <T>(part: () => T, ...outputs: Part[]): T | undefined => {
    try {
      return part();
    } catch (error) {
      if (error instanceof MissingFact) {
        missing.add(error.key);
        for (const output of outputs.length > 0 ? outputs : (['pieces'] as const)) open.add(output, error.key);
        return undefined;
      }
      throw error;
    }
  };

  const pieces = new PieceCollector(pieceLabels(ctx.figures));
  const warnings: Warning[] = [];
  const emit: Emit = ({ id, reasonId, values }) => warnings.push({ id, reasonId, values, message: frenchReason(reasonId, values) });
  const titles: Title[] = attempt(() => ctx.titles(), 'requests') ?? [];
  const requests: Evaluation['requests'] = [];
  const fees: Fee[] = [];
  const birthCertificateFor: { title: Title; need: BirthCertificateNeed }[] = [];

  for (const title of titles) {
    const motif = attempt(() => MOTIFS[ctx.status(title)], 'requests', `fee.${title}`);
    if (motif === undefined) continue;
    requests.push({ title, motif });
    const identity = attempt(() => identityPieces(ctx, title, pieces));
    if (identity?.birthCertificate) birthCertificateFor.push({ title, need: identity.birthCertificate });
    const titleFee = attempt(() => fee(ctx, title, motif), `fee.${title}`);
    if (titleFee) fees.push(titleFee);
  }
  for (const { title, need } of birthCertificateFor) {
    // Both titles: each sentence says which title it is for (`both`).
    const values = { ...need.values, title, both: birthCertificateFor.length > 1 ? 'yes' : 'no' };
    attempt(() => birthRecord(ctx, [title], { ...need, values }, pieces));
  }
  if (titles.length > 0) {
    attempt(() => photo(ctx, titles, pieces));
    attempt(() => address(ctx, titles, pieces));
    attempt(() => applicationForm(ctx, titles, pieces));
    attempt(() => minorPieces(ctx, titles, pieces));
    attempt(() => usageName(ctx, titles, pieces));
    attempt(() => nameChangeProof(ctx, pieces));
  }
  // One stamp per title: the CNI's and the passport's are two purchases (RULES.md §6).
  const stamped = fees.filter((f) => f.amount > 0);
  if (stamped.length > 0) {
    pieces.add(
      'tax-stamp',
      stamped.map((f) => f.title),
      {
        label: taxStampLabel(stamped),
        reasonId: stamped.length === 1 ? `tax-stamp.${stamped[0]!.title}` : 'tax-stamp.both',
        values: Object.fromEntries(stamped.map((f) => [`${f.title}Amount`, f.amount])),
      },
    );
  }

  attempt(() => renewalTiming(ctx, emit), 'warnings');
  attempt(() => oldPassportReturned(ctx, emit), 'warnings');
  attempt(() => keepsPreviousExpiry(ctx, emit), 'warnings');
  attempt(() => minorWarnings(ctx, emit), 'warnings');
  const minor = attempt(() => minorBlock(ctx), 'minor') ?? null;
  const age = attempt(() => ctx.age(), 'minor');
  const adult = attempt(() => ctx.isAdult(), 'minor');
  const questions = QUESTION_ORDER.filter((key) => missing.has(key));

  return {
    complete: questions.length === 0,
    questions,
    applicant: { age: age ?? null, adult: adult ?? null, ageBand: adult === false ? ctx.ageBandOn(ctx.today) : null },
    requests,
    pieces: pieces.list(titles),
    fees,
    totalFee: fees.reduce((sum, f) => sum + f.amount, 0),
    minor,
    warnings,
    open: open.result(titles),
  };
}
