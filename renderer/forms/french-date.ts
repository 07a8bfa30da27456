import { isRealDate, type IsoDate } from '../../rules/index.js';

export type DateParse = { ok: true; date: IsoDate } | { ok: false; reason: 'malformed' | 'impossible' };

/** Reads a date typed the French way, JJ/MM/AAAA (dots, dashes or spaces also accepted). */
export function parseFrenchDate(text: string): DateParse {
  const match = /^\s*(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})\s*$/.exec(text);
  if (!match) return { ok: false, reason: 'malformed' };
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isRealDate(iso) ? { ok: true, date: iso } : { ok: false, reason: 'impossible' };
}
