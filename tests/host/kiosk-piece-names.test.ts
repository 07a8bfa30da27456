// The French kiosk's list of pieces reads as one list: each line a plain
// phrase with its article (« Une photo… », « Le numéro… »), never the
// station's terse label (« Carte d’identité actuelle ») between them.
import { describe, expect, it } from 'vitest';
import { PIECE_IDS, type PieceId } from '../../rules/index.js';
import { withFigures } from '../../electron/common/figure-values.js';
import { kioskSummary } from '../../electron/common/kiosk-summary.js';
import { translator } from '../../electron/common/messages/index.js';
import { observedEvaluations } from '../rules/observed.js';

/** A French noun phrase's opening determiner, as the kiosk's other lines start. */
const ARTICLE = /^(?:Un|Une|Le|La|Les|Des|L’|Deux) /u;
const startsWithArticle = (text: string) => ARTICLE.test(text) || /^L’\p{L}/u.test(text);

describe('the French kiosk names every piece like its neighbours', () => {
  const seen = new Map<PieceId, Set<string>>();
  for (const { today, evaluation } of observedEvaluations(53)) {
    const summary = kioskSummary(evaluation, 'me', 0, withFigures(translator('fr'), today), 'fr');
    for (const piece of summary.bring) {
      if (!seen.has(piece.id)) seen.set(piece.id, new Set());
      seen.get(piece.id)!.add(piece.text);
    }
  }

  it('sees every piece the kiosk lists, the four the station labels tersely among them', () => {
    for (const id of ['tax-stamp', 'current-cni', 'current-passport', 'name-change-proof'] as const) expect(seen.has(id), id).toBe(true);
    expect([...seen.keys()].filter((id) => !PIECE_IDS.includes(id))).toEqual([]);
  });

  it('starts each line with its article', () => {
    const bare = [...seen].flatMap(([id, texts]) => [...texts].filter((t) => !startsWithArticle(t)).map((t) => `${id}: ${t}`));
    expect(bare).toEqual([]);
  });
});
