import type { Evaluation, Title } from '../../rules/index.js';
import { inVocabularyOrder } from './invariants.js';

/**
 * The `expect` block of a case, as in tests/rules/examples/: every key
 * is optional and checks one aspect of the evaluation.
 */
export interface Expect {
  complete?: boolean;
  questions?: string[];
  questionsInclude?: string[];
  questionsExclude?: string[];
  motif?: Partial<Record<Title, string>>;
  totalFee?: number;
  fees?: Partial<Record<Title, number>>;
  age?: number;
  ageBand?: string | null;
  minor?: null;
  fingerprints?: boolean;
  signer?: string;
  presentAtRetrieval?: string[];
  include?: Partial<Record<Title, string[]>>;
  exclude?: Partial<Record<Title, string[]>>;
  conditional?: string[];
  unconditional?: string[];
  copies?: Record<string, string>;
  where?: Record<string, string>;
  reasonIncludes?: Record<string, string>;
  labelIncludes?: Record<string, string>;
  reasonIds?: Record<string, string>;
  warningIncludes?: Record<string, string>;
  warnings?: string[];
  noWarnings?: string[];
}

/** Every key `Expect` has, typed so that a key added there must be added here: the runner refuses any other. */
const EXPECT_KEYS: Record<keyof Expect, true> = {
  complete: true,
  questions: true,
  questionsInclude: true,
  questionsExclude: true,
  motif: true,
  totalFee: true,
  fees: true,
  age: true,
  ageBand: true,
  minor: true,
  fingerprints: true,
  signer: true,
  presentAtRetrieval: true,
  include: true,
  exclude: true,
  conditional: true,
  unconditional: true,
  copies: true,
  where: true,
  reasonIncludes: true,
  labelIncludes: true,
  reasonIds: true,
  warningIncludes: true,
  warnings: true,
  noWarnings: true,
};

/** The keys of an `expect` block that check nothing (a typo, a key never written): a case with one is refused. */
export function unknownExpectKeys(expect: object): string[] {
  return Object.keys(expect).filter((key) => !Object.hasOwn(EXPECT_KEYS, key));
}

/** Every way `evaluation` differs from `expect`, as readable lines (empty when it matches). */
export function mismatches(evaluation: Evaluation, expect: Expect): string[] {
  const problems: string[] = [];
  const check = (what: string, actual: unknown, wanted: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted))
      problems.push(`${what}: got ${JSON.stringify(actual)}, want ${JSON.stringify(wanted)}`);
  };
  const piece = (id: string) => evaluation.pieces.find((p) => p.id === id);
  const idsFor = (title: Title) => evaluation.pieces.filter((p) => p.titles.includes(title)).map((p) => p.id);

  if (expect.complete !== undefined) check('complete', evaluation.complete, expect.complete);
  if (expect.questions) check('questions', evaluation.questions, expect.questions);
  for (const q of expect.questionsInclude ?? [])
    if (!evaluation.questions.includes(q as never)) problems.push(`questions lack ${q}: ${evaluation.questions.join(', ')}`);
  for (const q of expect.questionsExclude ?? [])
    if (evaluation.questions.includes(q as never)) problems.push(`questions should not list ${q}`);
  for (const [title, motif] of Object.entries(expect.motif ?? {}))
    check(`motif of ${title}`, evaluation.requests.find((r) => r.title === title)?.motif, motif);
  if (expect.totalFee !== undefined) check('totalFee', evaluation.totalFee, expect.totalFee);
  for (const [title, amount] of Object.entries(expect.fees ?? {}))
    check(`fee of ${title}`, evaluation.fees.find((f) => f.title === title)?.amount, amount);
  if (expect.age !== undefined) check('age', evaluation.applicant.age, expect.age);
  if (expect.ageBand !== undefined) check('ageBand', evaluation.applicant.ageBand, expect.ageBand);
  if (expect.minor === null) check('minor', evaluation.minor, null);
  if (expect.fingerprints !== undefined) check('fingerprints', evaluation.minor?.fingerprints, expect.fingerprints);
  if (expect.signer !== undefined) check('signer', evaluation.minor?.signer, expect.signer);
  if (expect.presentAtRetrieval) check('presentAtRetrieval', evaluation.minor?.presentAtRetrieval, expect.presentAtRetrieval);
  for (const [title, ids] of Object.entries(expect.include ?? {}) as [Title, string[]][]) {
    for (const id of ids) if (!idsFor(title).includes(id as never)) problems.push(`${title} lacks ${id} (has ${idsFor(title).join(', ')})`);
  }
  for (const [title, ids] of Object.entries(expect.exclude ?? {}) as [Title, string[]][]) {
    for (const id of ids) if (idsFor(title).includes(id as never)) problems.push(`${title} should not need ${id}`);
  }
  for (const id of expect.conditional ?? []) if (!piece(id)?.condition) problems.push(`${id} should be conditional`);
  for (const id of expect.unconditional ?? [])
    if (!piece(id) || piece(id)!.condition) problems.push(`${id} should be needed without condition`);
  for (const [id, copies] of Object.entries(expect.copies ?? {})) check(`copies of ${id}`, piece(id)?.copies, copies);
  for (const [id, where] of Object.entries(expect.where ?? {})) check(`where of ${id}`, piece(id)?.where, where);
  for (const [id, text] of Object.entries(expect.reasonIncludes ?? {})) {
    if (!piece(id)?.reason.includes(text)) problems.push(`reason of ${id} lacks "${text}": ${piece(id)?.reason}`);
  }
  for (const [id, text] of Object.entries(expect.labelIncludes ?? {})) {
    if (!piece(id)?.label.includes(text)) problems.push(`label of ${id} lacks "${text}": ${piece(id)?.label}`);
  }
  for (const [id, reasonId] of Object.entries(expect.reasonIds ?? {})) check(`reasonId of ${id}`, piece(id)?.reasonId, reasonId);
  for (const [id, text] of Object.entries(expect.warningIncludes ?? {})) {
    const message = evaluation.warnings.find((w) => w.id === id)?.message;
    if (!message?.includes(text)) problems.push(`warning ${id} lacks "${text}": ${message}`);
  }
  // Every case, whatever its expect block: the contract lists the pieces in its vocabulary's order.
  if (!inVocabularyOrder(evaluation)) problems.push(`pieces out of the contract's order: ${evaluation.pieces.map((p) => p.id).join(', ')}`);
  const warningIds = evaluation.warnings.map((w) => w.id as string);
  for (const id of expect.warnings ?? [])
    if (!warningIds.includes(id)) problems.push(`warning ${id} missing (has ${warningIds.join(', ')})`);
  for (const id of expect.noWarnings ?? []) if (warningIds.includes(id)) problems.push(`warning ${id} should not be there`);
  return problems;
}
