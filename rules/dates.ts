// Calendar arithmetic on ISO dates ("YYYY-MM-DD") without the Date object:
// the rules must not depend on a clock or a time zone, and integer day
// numbers make every comparison exact.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** "YYYY-MM-DD" read by character codes: the hot path of every evaluation, so no regular expression. */
function parse(date: IsoDate): Ymd {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) throw new RangeError(`not an ISO date: ${date}`);
  let y = 0;
  for (let i = 0; i < 4; i += 1) {
    const c = date.charCodeAt(i);
    if (!isDigit(c)) throw new RangeError(`not an ISO date: ${date}`);
    y = y * 10 + c - 48;
  }
  const m1 = date.charCodeAt(5),
    m2 = date.charCodeAt(6),
    d1 = date.charCodeAt(8),
    d2 = date.charCodeAt(9);
  if (!isDigit(m1) || !isDigit(m2) || !isDigit(d1) || !isDigit(d2)) throw new RangeError(`not an ISO date: ${date}`);
  return { y, m: (m1 - 48) * 10 + m2 - 48, d: (d1 - 48) * 10 + d2 - 48 };
}

/** True for a well-formed date that exists in the calendar (2023-02-29 does not). */
export function isRealDate(date: string): boolean {
  const match = ISO.exec(date);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function format({ y, m, d }: Ymd): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Adds whole months. A day that does not exist in the target month rolls
 * over to the next day (29 February + 1 year = 1 March): a period counted
 * from the 29th is not complete until that day has fully passed.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  if (d <= last) return format({ y: ty, m: tm, d });
  // Only a month shorter than 31 days rolls over, so never December: the next month is in the same year.
  return format({ y: ty, m: tm + 1, d: d - last });
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Full years from `from` to `to`: a birthday counts on the day itself. */
export function fullYearsBetween(from: IsoDate, to: IsoDate): number {
  const a = parse(from);
  const b = parse(to);
  let years = b.y - a.y;
  if (years > 0 && addYears(from, years) > to) years -= 1;
  return years;
}

// Days since 1970-01-01 (H. Hinnant's days_from_civil), for day offsets.
function toDayNumber(date: IsoDate): number {
  const { y: year, m, d } = parse(date);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return format({ y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d });
}

/** "2026-06-15" → "15/06/2026", the way dates are written for people in France. */
export function frenchDate(date: IsoDate): string {
  const { y, m, d } = parse(date);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** Whole-day numbers (days since 1970-01-01), for callers that count or pack days: the ticket code. */
export { toDayNumber as dayNumber, fromDayNumber as dateOfDayNumber };
