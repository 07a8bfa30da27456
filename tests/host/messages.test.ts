import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { PIECE_IDS } from '../../rules/index.js';
import { CATALOGS, LOCALES, stationFr, translator, type MessageId } from '../../electron/common/messages/index.js';
import { withFigures } from '../../electron/common/figure-values.js';

/** The names of a message's arguments ({who}, {count}...), from its parsed form. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]): void => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (node.type !== 0 && node.type !== 7 && node.value) names.add(node.value); // 0: literal, 7: pound
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return [...names].sort();
}

describe('message catalogs', () => {
  it.each(LOCALES)('every %s kiosk message is valid ICU with the same arguments as the French one', (locale) => {
    const mismatched = (Object.keys(CATALOGS.fr) as MessageId[]).filter(
      (id) => JSON.stringify(argumentsOf(CATALOGS[locale][id], locale)) !== JSON.stringify(argumentsOf(CATALOGS.fr[id], 'fr')),
    );
    expect(mismatched).toEqual([]);
  });

  it('every station message is valid ICU', () => {
    for (const message of Object.values(stationFr)) expect(() => new IntlMessageFormat(message, 'fr')).not.toThrow();
  });

  it.each(LOCALES)('labels every piece of the engine in %s', (locale) => {
    const t = withFigures(translator(locale), '2026-06-15');
    for (const id of PIECE_IDS) expect(t(`piece.${id}`).length).toBeGreaterThan(3);
  });

  it('formats plurals and amounts the local way', () => {
    expect(translator('fr')('inactivity.body', { seconds: 1 })).toContain('1 seconde.');
    expect(translator('fr')('result.fee', { amount: 44.5 })).toBe('Timbre fiscal\u00a0: 44,50\u00a0€'); // a no-break space keeps the amount and its sign together
    expect(translator('en')('result.fee', { amount: 44.5 })).toBe('Tax stamp: €44.50');
    expect(translator('ar')('inactivity.body', { seconds: 2 })).toContain('ثانيتين');
  });
});
