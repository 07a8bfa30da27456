import { describe, expect, it } from 'vitest';
import { formatWords } from '../../rules/index.js';
import { lessThanMonths, months } from '../../rules/format.js';

// formatWords remembers the sentences it wrote (rules/words/format.ts): what it
// remembers must never stand in for a different sentence.
describe('the engine’s one formatter', () => {
  const message = 'Depuis le {since}, {count, plural, one {# an} other {# ans}}.';

  it('writes a date as the caller’s date function says, even for values it has seen with another', () => {
    const values = { since: '2026-01-02', count: 2 };
    expect(formatWords(message, 'fr', values, (iso) => iso.split('-').reverse().join('/'))).toBe('Depuis le 02/01/2026, 2 ans.');
    expect(formatWords(message, 'fr', values, () => '2 janvier 2026')).toBe('Depuis le 2 janvier 2026, 2 ans.');
  });

  it('writes each value’s own sentence past the bound of what it remembers, and the first ones again', () => {
    const date = (iso: string) => iso;
    for (let count = 1; count <= 900; count++) {
      expect(formatWords(message, 'fr', { since: '2026-01-02', count }, date)).toBe(
        `Depuis le 2026-01-02, ${count} ${count === 1 ? 'an' : 'ans'}.`,
      );
    }
    expect(formatWords(message, 'fr', { since: '2026-01-02', count: 1 }, date)).toBe('Depuis le 2026-01-02, 1 an.');
  });
});

// A piece's age limit as people say it, in the labels (« de moins d’un an »): the
// mutation pass found every branch of these unread.
describe('durations in months, as people say them', () => {
  it.each([
    [3, '3 mois', 'moins de 3 mois'],
    [6, '6 mois', 'moins de 6 mois'],
    [11, '11 mois', 'moins de 11 mois'],
    [12, 'un an', 'moins d’un an'],
    [13, '13 mois', 'moins de 13 mois'],
    [24, '2 ans', 'moins de 2 ans'],
    [36, '3 ans', 'moins de 3 ans'],
  ])('%i months: « %s », « %s »', (n, said, lessThan) => {
    expect(months(n)).toBe(said);
    expect(lessThanMonths(n)).toBe(lessThan);
  });
});
