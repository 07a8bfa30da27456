import type { IsoDate } from '../../rules/index.js';

/** The one place that reads the time, so tests can inject another. */
export interface Clock {
  now(): Date;
  /** The calendar date in the clock's time zone. */
  today(): IsoDate;
}

/** The calendar date of `instant` in `timeZone` (ISO form). */
export function dateIn(instant: Date, timeZone: string | undefined): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Mairies are in France: "today" is the date in Paris (Guyane and Mayotte pass their own zone). */
export function systemClock(timeZone: string | undefined = 'Europe/Paris'): Clock {
  return { now: () => new Date(), today: () => dateIn(new Date(), timeZone) };
}

/** The system clock in a time zone read at each call (the station's settings may change it). */
export function zonedClock(timeZone: () => string): Clock {
  return { now: () => new Date(), today: () => dateIn(new Date(), timeZone()) };
}

/** A clock stopped at `instant` that tests move forward by hand. */
export function fixedClock(instant: Date | string, timeZone = 'Europe/Paris'): Clock & { advance(ms: number): void } {
  let current = new Date(instant);
  return {
    now: () => new Date(current),
    today: () => dateIn(current, timeZone),
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}
