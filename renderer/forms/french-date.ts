import { isRealDate, type IsoDate } from '../../rules/index.js';

export type DateParse = { ok: true; date: IsoDate } | { ok: false; reason: 'malformed' | 'impossible' };

/** Reads a date typed the French way, JJ/MM/AAAA (dots, dashes or spaces also accepted). */
export function parseFrenchDate(text: string): DateParse {
  const match = /^\s*(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})\s*$/.exec(text);
  if (!match) return { ok: false, reason: 'malformed' };
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isRealDate(iso) ? { ok: true, date: iso } : { ok: false, reason: 'impossible' };
}

/**
 * Adds the slashes while a date is typed as its 8 digits (0204 → 02/04, 02041990 → 02/04/1990): three keys
 * fewer per date at the counter. Text typed with separators of its own (2/4/1990, 02.04.1990) is left as typed.
 */
export function withDateSeparators(text: string): string {
  const digits = text.replace(/\//g, '');
  // Only digits, and slashes only where this function puts them (after the day, after the month).
  const ownSlashes = [...text].some((c, i) => c === '/' && i !== 2 && i !== 5);
  if (!/^\d{0,8}$/.test(digits) || ownSlashes) return text;
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)].filter((part, i) => i === 0 || part !== '').join('/');
}
