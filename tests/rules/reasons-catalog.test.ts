// The reason catalogs (electron/common/messages/reasons.*.ts): every reason id
// the engine writes has its French, English and Arabic sentence, with the
// same ICU arguments, each one given by the engine's values.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  explain,
  formatReason,
  isReasonId,
  REASON_CATALOGS,
  type ReasonId,
  type ReasonLocale,
} from '../../electron/common/messages/reasons.js';
import { LOCALES } from '../../electron/common/messages/index.js';
import { observedExplanations } from './observed.js';

/** The languages whose reasons are checked against the French ones. */
const TRANSLATIONS = LOCALES.filter((l): l is Exclude<ReasonLocale, 'fr'> => l !== 'fr');
const observed = observedExplanations(3);

/** The names of a message's arguments, from its parsed form. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]): void => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (node.type !== 0 && node.type !== 7 && node.value) names.add(node.value); // 0: literal, 7: pound
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

describe('reason catalogs', () => {
  it('the engine writes a reason id for every piece and warning', () => {
    expect(observed.length).toBeGreaterThan(50);
    expect(observed.filter((o) => !o.reasonId)).toEqual([]);
  });

  it('every reason id the engine writes has a French message', () => {
    expect([...new Set(observed.map((o) => o.reasonId).filter((id) => !isReasonId(id)))]).toEqual([]);
  });

  it('every catalog id is one the engine writes (no stale sentence)', () => {
    const written = new Set(observed.map((o) => o.reasonId));
    expect(Object.keys(REASON_CATALOGS.fr).filter((id) => !written.has(id))).toEqual([]);
  });

  it.each(TRANSLATIONS)('every %s message is valid ICU with the French arguments', (locale) => {
    const ids = Object.keys(REASON_CATALOGS.fr) as ReasonId[];
    const mismatched = ids.filter(
      (id) =>
        JSON.stringify(argumentsOf(REASON_CATALOGS[locale][id], locale)) !== JSON.stringify(argumentsOf(REASON_CATALOGS.fr[id], 'fr')),
    );
    expect(mismatched).toEqual([]);
  });

  it('every argument is one of the values the engine gives with that id', () => {
    const problems = observed.flatMap((o) =>
      argumentsOf(REASON_CATALOGS.fr[o.reasonId as ReasonId], 'fr')
        .filter((arg) => !(arg in o.values))
        .map((arg) => `${o.reasonId}: {${arg}} not in ${Object.keys(o.values).join(',')}`),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it.each(LOCALES)('formats every observed explanation in %s', (locale) => {
    for (const o of observed) {
      const text = formatReason(locale, o.reasonId, o.values);
      expect(text, o.reasonId).toBeTruthy();
      expect(text, o.reasonId).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|\{|\}/);
    }
  });

  it('states the same figures as the engine, for every observed explanation', () => {
    // The engine's French reason may join two explanations; each catalog sentence's figures are among its own.
    const figures = (text: string) => (text.replace(/cerfa \d+\*\d+/g, '').match(/\d+(?:,\d+)?/g) ?? []).map((n) => n.replace(/,00$/, ''));
    const problems = observed.flatMap((o) => {
      const engine = figures(o.text);
      return figures(formatReason('fr', o.reasonId, o.values)!)
        .filter((n) => !engine.includes(n))
        .map((n) => `${o.reasonId}: ${n} not in "${o.text}"`);
    });
    expect([...new Set(problems)]).toEqual([]);
    const stamp = observed.find((o) => o.reasonId === 'tax-stamp.both')!;
    // Whole euros as the label and the kiosk write them (« 25 € », never « 25,00 € » beside it).
    expect(formatReason('fr', stamp.reasonId, stamp.values)).toMatch(/Carte d’identité\s?: 25\s€\s?;/);
    expect(formatReason('en', stamp.reasonId, stamp.values)).toMatch(/€25;/);
  });

  it('an id the catalog does not know is not guessed', () => expect(formatReason('en', 'no-such-reason', {})).toBeNull());

  it("explains a piece by all its explanations, or by the engine's French whole when one id is unknown", () => {
    const both = {
      reasonId: 'loss-declaration.cni',
      values: {},
      explanations: [
        { reasonId: 'loss-declaration.cni', values: {} },
        { reasonId: 'loss-declaration.passport', values: {} },
      ],
    };
    expect(explain('en', both, 'x')).toBe(
      'The current identity card was lost: the declaration is filled in at the counter. The current passport was lost: the declaration is filled in at the counter.',
    );
    const newer = { ...both, explanations: [...both.explanations, { reasonId: 'no-such-reason', values: {} }] };
    expect(explain('en', newer, 'La phrase du moteur.')).toBe('La phrase du moteur.');
    expect(explain('ar', { reasonId: 'photo.at-counter', values: {} }, 'x')).toBe(REASON_CATALOGS.ar['photo.at-counter']);
  });

  it('French sentences keep a no-break space before : ; ? ! and inside « »', () => {
    const bad = Object.entries(REASON_CATALOGS.fr)
      .filter(([, m]) => / [;?!]| :(?!:)|« | »/.test(m))
      .map(([id]) => id);
    expect(bad).toEqual([]);
  });
});
