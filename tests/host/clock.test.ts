import { describe, expect, it } from 'vitest';
import { dateIn, fixedClock } from '../../electron/services/clock.node.js';
import { timeZoneOf } from '../../rules/index.js';

describe('clock', () => {
  it.each([
    ['2026-06-15T21:59:59Z', '75', '2026-06-15'],
    ['2026-06-15T22:00:00Z', '75', '2026-06-16'], // Paris, summer time
    ['2026-01-15T22:59:59Z', '75', '2026-01-15'],
    ['2026-01-15T23:00:00Z', '75', '2026-01-16'], // Paris, winter time
    ['2026-06-16T02:59:59Z', '973', '2026-06-15'],
    ['2026-06-16T03:00:00Z', '973', '2026-06-16'], // Cayenne, UTC-3
    ['2026-06-15T20:59:59Z', '976', '2026-06-15'],
    ['2026-06-15T21:00:00Z', '976', '2026-06-16'], // Mayotte, UTC+3
  ])('at %s a station in %s is on %s', (instant, departement, date) => {
    expect(dateIn(new Date(instant), timeZoneOf(departement))).toBe(date);
  });

  it('moves forward only when told, for tests', () => {
    const clock = fixedClock('2026-06-15T21:30:00Z');
    expect(clock.today()).toBe('2026-06-15');
    clock.advance(30 * 60 * 1000);
    expect(clock.today()).toBe('2026-06-16');
  });
});
