import { isRealDate, type IsoDate } from '../../rules/index.js';

export type DateParse = { ok: true; date: IsoDate } | { ok: false; message: string };

/** Reads a date typed the French way, JJ/MM/AAAA (dots, dashes or spaces also accepted). */
export function parseFrenchDate(text: string): DateParse {
  const match = /^\s*(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})\s*$/.exec(text);
  if (!match) return { ok: false, message: 'Écrivez la date sous la forme JJ/MM/AAAA, par exemple 05/03/2012.' };
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  if (!isRealDate(iso)) return { ok: false, message: `Cette date n'existe pas : le ${text.trim()} n'est pas un jour du calendrier.` };
  return { ok: true, date: iso };
}

export function toFrenchDate(iso: IsoDate | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
