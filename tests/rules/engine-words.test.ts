// The engine writes ids and values, never French (issue 19, item 1): a
// sentence lives once, in the French reason catalog, and the evaluation's
// `reason` and `message` are that catalog's formatting of the explanations;
// labels and conditions are rules/pieces/catalog.ts's, by id.
// Two copies of one sentence drifted apart before (« 25 € » beside
// an amount written two ways, a missing verb, an extra clause): nothing kept them in step.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReason } from '../../electron/common/messages/reasons.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { observedEvaluations } from './observed.js';

const ENGINE = join(PROJECT_ROOT, 'rules', 'engine');

/**
 * Rule files that still write a French sentence. It only shrinks: a file
 * leaves the list once its rules give ids and values alone.
 */
const STILL_WRITING_FRENCH: readonly string[] = [];

/** The code of a file without its comments, so a comment may quote a sentence. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/ .*$/gm, '');
}

/**
 * Where a rule file writes words of its own: a `reason:` or `message:`
 * property not read from the catalog, or any string literal holding a space
 * (ids and keys never do; a label, a condition or a sentence always does).
 */
export function frenchSentences(source: string): string[] {
  const properties = [...source.matchAll(/\b(reason|message)\s*:(?!\s*frenchReason\()/g)].map((m) => m[0]);
  const literals = [...source.matchAll(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g)]
    .map((m) => m[0].replace(/\$\{[^}]*\}/g, ''))
    .filter((literal) => /[\s\u00a0\u202f]/.test(literal));
  return [...properties, ...literals];
}

/** The catalog's French for what a piece or warning explains, joined as a piece joins its explanations. */
const fromCatalog = (explanations: readonly { reasonId: string; values: Record<string, string | number> }[]) =>
  explanations.map((e) => formatReason('fr', e.reasonId, e.values) ?? `[${e.reasonId}: not in the catalog]`).join(' ');

describe('the engine’s words come from the French catalog', () => {
  it('no rule file writes its own reason, message, label or condition', () => {
    const files = readdirSync(ENGINE).filter((f) => f.endsWith('.ts'));
    const writing = files.filter((f) => frenchSentences(code(join(ENGINE, f))).length > 0);
    expect(writing).toEqual([...STILL_WRITING_FRENCH]);
  });

  it('sees a sentence written in a rule, and not one quoted in a comment', () => {
    expect(frenchSentences("pieces.add('photo', titles, { reasonId: 'photo.bring', reason: 'Une photo.' })")).not.toEqual([]);
    expect(frenchSentences("emit({ id: 'x', reasonId: 'x', values: {}, message:\n 'Phrase.' })")).not.toEqual([]);
    expect(frenchSentences("pieces.add('photo', titles, { reasonId: 'photo.bring', values })")).toEqual([]);
    expect(frenchSentences('warnings.push({ id, reasonId, values, message: frenchReason(reasonId, values) })')).toEqual([]);
    expect(frenchSentences("pieces.add('photo', titles, { label: 'Photo d’identité prise au guichet' })")).not.toEqual([]);
    expect(frenchSentences("{ condition: proven === 'unknown' ? 'si l’acte ne prouve pas' : null }")).not.toEqual([]);
    expect(
      frenchSentences("{ reasonId: `proof-of-address.${adult ? 'adult' : 'minor'}.${kinds.id}`, labelId: 'photo.at-counter' }"),
    ).toEqual([]);
  });

  it('every reason and message is the catalog’s sentence for its ids and values', () => {
    const differ = new Map<string, string>();
    for (const { evaluation } of observedEvaluations(97)) {
      for (const p of evaluation.pieces) {
        const expected = fromCatalog(p.explanations);
        if (p.reason !== expected) differ.set(p.explanations.map((e) => e.reasonId).join(' + '), `${p.reason}\n≠ ${expected}`);
      }
      for (const w of evaluation.warnings) {
        const expected = fromCatalog([w]);
        if (w.message !== expected) differ.set(w.reasonId, `${w.message}\n≠ ${expected}`);
      }
    }
    expect([...differ].map(([ids, texts]) => `${ids}:\n${texts}`)).toEqual([]);
  });
});
