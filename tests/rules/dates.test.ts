import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, frenchDate, isRealDate } from '../../rules/index.js';
import { fullYearsBetween } from '../../rules/dates.js';

describe('calendar arithmetic', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['26-01-01', false],
    ['2026-1-01', false],
  ])('isRealDate(%s) is %s', (date, real) => expect(isRealDate(date)).toBe(real));

  it.each([
    ['2026-01-31', 1, '2026-03-03'],
    ['2024-01-31', 1, '2024-03-02'],
    ['2026-08-31', -6, '2026-03-03'],
    ['2026-06-15', 3, '2026-09-15'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-31', -12, '2025-12-31'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it('29 February plus a year is 1 March', () => expect(addYears('2024-02-29', 1)).toBe('2025-03-01'));

  it.each([
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2014-06-15', '2026-06-14', 11],
    ['2014-06-15', '2026-06-15', 12],
    ['2026-06-15', '2026-06-15', 0],
  ])('full years from %s to %s = %i', (from, to, years) => expect(fullYearsBetween(from, to)).toBe(years));

  it('addDays agrees with the UTC calendar over 200 years', () => {
    for (let day = -40_000; day < 40_000; day += 37) {
      const expected = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      expect(addDays('2000-01-01', day)).toBe(expected);
    }
  });

  it('writes dates the French way', () => expect(frenchDate('2026-06-05')).toBe('05/06/2026'));
});
