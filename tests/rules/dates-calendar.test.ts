// The rules' calendar (rules/dates.ts, integer arithmetic, no Date) against
// an independent one: JavaScript's proleptic Gregorian UTC calendar, day by
// day over the years the rules meet and across the century and 400-year
// boundaries where the integer formulas change branch. The mutation pass
// found the day-number formulas, the month table and the parser's checks
// unread by the few examples of dates.test.ts.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, dateOfDayNumber, dayNumber, isRealDate } from '../../rules/index.js';
import { daysInMonth, fullYearsBetween } from '../../rules/dates.js';

const DAY_MS = 86_400_000;

/** A UTC time for y-m-d, with Date's own overflow (the 31st of a 30-day month is the 1st of the next). */
function utc(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
}
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Fails with `where` and both values when `got` differs; one cheap comparison per day otherwise. */
function agree(got: unknown, wanted: unknown, where: object): void {
  if (got !== wanted) expect({ ...where, got }).toEqual({ ...where, got: wanted });
}

/** Every day from the first of `fromYear` to the last of `toYear`, as UTC times. */
function* days(fromYear: number, toYear: number): Generator<number> {
  for (let t = utc(fromYear, 1, 1), end = utc(toYear, 12, 31); t <= end; t += DAY_MS) yield t;
}

/** The spans walked day by day: the first years (4-digit padding), the Gregorian reform's era to beyond 2400. */
const SPANS: [number, number][] = [
  [1, 2],
  [998, 1001],
  [1580, 2420],
];

describe('the calendar agrees with the UTC calendar', () => {
  it('day numbers count from 1970-01-01 and come back, for every day', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    for (const [from, to] of SPANS) {
      for (const t of days(from, to)) {
        const date = iso(t);
        const n = Math.round(t / DAY_MS);
        agree(dayNumber(date), n, { date });
        agree(dateOfDayNumber(n), date, { n });
      }
    }
  });

  it('addDays moves by whole days, across months, leap days and centuries', () => {
    for (const [from, to] of SPANS) {
      for (const t of days(from, to)) {
        const date = iso(t);
        agree(addDays(date, 1), iso(t + DAY_MS), { date, days: 1 });
        agree(addDays(date, -1), iso(t - DAY_MS), { date, days: -1 });
      }
    }
    expect(addDays('1999-12-31', 146_097)).toBe('2399-12-31');
  });

  it('a month has the days the UTC calendar gives it, February 29 in leap years only', () => {
    for (let y = 1596; y <= 2404; y += 1) {
      for (let m = 1; m <= 12; m += 1) {
        const length = Math.round((utc(y, m + 1, 1) - utc(y, m, 1)) / DAY_MS);
        agree(daysInMonth(y, m), length, { y, m });
      }
    }
  });

  it('isRealDate accepts exactly the days that exist, from year 0001', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const y of [0, 1, 4, 100, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let m = 0; m <= 13; m += 1) {
        for (let d = 0; d <= 32; d += 1) {
          const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          // The UTC calendar keeps a day that exists as it is and moves any other; the rules start at year 1.
          const kept = new Date(utc(y, m, d));
          const real = y >= 1 && kept.getUTCFullYear() === y && kept.getUTCMonth() === m - 1 && kept.getUTCDate() === d;
          agree(isRealDate(date), real, { date });
        }
      }
    }
  });

  it('addMonths rolls a missing day over as the UTC calendar does (31 January + 1 month = 3 March)', () => {
    for (const t of days(2023, 2025)) {
      const date = iso(t);
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      for (let months = -25; months <= 25; months += 1) {
        agree(addMonths(date, months), iso(utc(y, m + months, d)), { date, months });
      }
    }
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('full years count a birthday on the day itself, and 29 February on 1 March', () => {
    for (const t of days(2008, 2008)) {
      const birth = iso(t);
      const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
      for (let years = 0; years <= 20; years += 1) {
        const birthday = utc(by + years, bm, bd);
        for (const [offset, wanted] of [
          [-1, years - 1],
          [0, years],
          [1, years],
        ] as const) {
          if (years === 0 && offset < 0) continue;
          const day = iso(birthday + offset * DAY_MS);
          agree(fullYearsBetween(birth, day), wanted, { birth, day });
        }
      }
    }
  });
});

describe('the parser refuses what is not YYYY-MM-DD', () => {
  // Each differs from a real date in one place: a separator, a digit (the characters
  // just below and above '0'..'9' included), the length.
  it.each([
    '2026/01-01',
    '2026-01/01',
    '2026-01-011',
    '2026-01-1',
    '202/-01-01',
    '202:-01-01',
    '2026-/1-01',
    '2026-0:-01',
    '2026-01-/1',
    '2026-01-0:',
    'x026-01-01',
  ])('addDays(%s) throws and isRealDate is false', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
    expect(() => addMonths(date, 1)).toThrow(RangeError);
    expect(isRealDate(date)).toBe(false);
  });
});
