// One wording per piece and warning (issue 19, item 1): every id the engine
// can emit has its sentence in each language, and no two catalogs hold the
// same sentence for one id. The kiosk may say a piece more plainly than the
// station on purpose; saying it identically twice is a copy to merge, since
// nothing would keep the two in step.
import { describe, expect, it } from 'vitest';
import { PIECE_IDS, WARNING_IDS, figuresAt, type PieceId } from '../../rules/index.js';
import { pieceLabels } from '../../rules/pieces/catalog.js';
import { withFigures } from '../../electron/common/figure-values.js';
import { kioskSummary } from '../../electron/common/kiosk-summary.js';
import { CATALOGS, LOCALES, translator, type Locale, type MessageId } from '../../electron/common/messages/index.js';
import { formatReason, REASON_CATALOGS, type ReasonId } from '../../electron/common/messages/reasons.js';
import { observedEvaluations } from './observed.js';

const TODAY = '2026-06-15';

/** Two sentences are one when they differ only by case, spacing or a leading article. */
export function sameSentence(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .trim()
      .replace(/^(?:un|une|le|la|les|des|l’|l'|a|an|the) ?/u, '')
      .replace(/[.]$/, '');
  return norm(a) === norm(b);
}

/** A piece's or warning's own messages in a catalog: the id itself and its variants (`id.variant`). */
function ownIds<Id extends string>(catalog: Record<Id, string>, prefix: string, id: string): Id[] {
  return (Object.keys(catalog) as Id[]).filter((key) => key === `${prefix}${id}` || key.startsWith(`${prefix}${id}.`));
}

/** The engine's French labels: the default of each piece and every variant the rules wrote on the observed dossiers. */
function engineLabels(): Map<PieceId, Set<string>> {
  const labels = new Map<PieceId, Set<string>>(PIECE_IDS.map((id) => [id, new Set([pieceLabels(figuresAt(TODAY))[id]])]));
  for (const { evaluation } of observedEvaluations(97)) for (const p of evaluation.pieces) labels.get(p.id)!.add(p.label);
  return labels;
}

/** Every sentence each catalog holds for one piece or warning id, in one language, as people read it. */
function sentences(locale: Locale, id: string, labels: Map<PieceId, Set<string>>): { catalog: string; key: string; text: string }[] {
  const t = withFigures(translator(locale), TODAY);
  const out: { catalog: string; key: string; text: string }[] = [];
  for (const key of ownIds(CATALOGS[locale], 'piece.', id))
    out.push({ catalog: `kiosk ${locale}`, key, text: t(key as MessageId, { who: 'me' }) });
  for (const key of ownIds(REASON_CATALOGS[locale], '', id))
    out.push({ catalog: `reasons ${locale}`, key, text: REASON_CATALOGS[locale][key] });
  if (locale === 'fr') for (const text of labels.get(id as PieceId) ?? []) out.push({ catalog: 'engine label', key: id, text });
  return out;
}

describe('one wording per piece and warning', () => {
  const labels = engineLabels();

  it.each(LOCALES)('every piece id has exactly one kiosk name and at least one reason in %s', (locale) => {
    const problems = PIECE_IDS.flatMap((id) => {
      const names = Object.keys(CATALOGS[locale]).filter((key) => key === `piece.${id}`).length;
      const reasons = ownIds(REASON_CATALOGS[locale], '', id);
      return [...(names === 1 ? [] : [`${id}: ${names} kiosk names`]), ...(reasons.length > 0 ? [] : [`${id}: no reason`])];
    });
    expect(problems).toEqual([]);
  });

  it('the kiosk names every piece in its own words, never by the engine’s label', () => {
    const dossier = observedEvaluations(97)
      .map((o) => o.evaluation)
      .find((e) => e.pieces.some((p) => p.id === 'current-cni') && e.pieces.some((p) => p.id === 'photo' && p.where === 'bring'))!;
    const named = (locale: Locale) =>
      Object.fromEntries(kioskSummary(dossier, 'me', 0, withFigures(translator(locale), TODAY), locale).bring.map((b) => [b.id, b.text]));
    const cni = dossier.pieces.find((p) => p.id === 'current-cni')!;
    expect(named('fr')['current-cni']).toBe(withFigures(translator('fr'), TODAY)('piece.current-cni'));
    expect(sameSentence(named('fr')['current-cni']!, cni.label)).toBe(false);
    expect(named('en')['current-cni']).toBe(translator('en')('piece.current-cni'));
    expect(named('fr')['photo']).toBe(withFigures(translator('fr'), TODAY)('piece.photo'));
  });

  it.each(LOCALES)('every warning id has its sentence in %s, and it reads without a hole', (locale) => {
    const observed = new Map<string, Record<string, string | number>>();
    for (const { evaluation } of observedEvaluations(97)) for (const w of evaluation.warnings) observed.set(w.reasonId, w.values);
    const problems = WARNING_IDS.flatMap((id) => {
      const keys = ownIds(REASON_CATALOGS[locale], '', id);
      if (keys.length === 0) return [`${id}: no sentence`];
      return keys.flatMap((key) => {
        const values = observed.get(key);
        if (!values) return [];
        const text = formatReason(locale, key, values);
        return text && !/[{}]|undefined/.test(text) ? [] : [`${key}: ${text}`];
      });
    });
    expect(problems).toEqual([]);
  });

  it.each(LOCALES)('no two catalogs hold the same sentence for one id in %s', (locale) => {
    const duplicates = [...PIECE_IDS, ...WARNING_IDS].flatMap((id) => {
      const all = sentences(locale, id, labels);
      return all.flatMap((a, i) =>
        all
          .slice(i + 1)
          .filter((b) => b.catalog !== a.catalog && sameSentence(a.text, b.text))
          .map((b) => `${id}: ${a.catalog} ${a.key} = ${b.catalog} ${b.key} (« ${a.text} »)`),
      );
    });
    expect(duplicates).toEqual([]);
  });

  it('sees a copy through case, spacing and an article, and not a plainer rewording', () => {
    expect(sameSentence('Un justificatif du nom d’usage', 'Justificatif du nom\u00a0d’usage')).toBe(true);
    expect(sameSentence('La décision du juge qui nomme le tuteur', 'Copie de la décision de justice désignant le tuteur')).toBe(false);
    // The reason ids the engine writes are keys of each catalog: a missing one does not compile.
    const id: ReasonId = 'photo.at-counter';
    expect(LOCALES.every((l) => REASON_CATALOGS[l][id].length > 0)).toBe(true);
  });
});
