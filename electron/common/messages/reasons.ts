// The engine's explanations (`reasonId` and `values` on each piece and
// warning) as sentences in the citizen's language: the kiosk can say why in
// French, English or Arabic, and the station and the receipt read the same
// sentences. Values are data: ISO dates are written the local way here.
import { IntlMessageFormat } from 'intl-messageformat';
import type { ReasonValues } from '../../../rules/index.js';
import { reasonsAr } from './reasons.ar.js';
import { reasonsEn } from './reasons.en.js';
import { reasonsFr, type ReasonCatalog, type ReasonId } from './reasons.fr.js';
import type { Locale } from './index.js';

/** The kiosk's languages (LOCALES): a new one does not compile here until it has its reasons. */
export type ReasonLocale = Locale;
export type { ReasonCatalog, ReasonId };

export const REASON_CATALOGS: Record<ReasonLocale, ReasonCatalog> = { fr: reasonsFr, en: reasonsEn, ar: reasonsAr };

export function isReasonId(id: string): id is ReasonId {
  return Object.hasOwn(reasonsFr, id);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The month by name reads unambiguously in any language; French writes the administration's JJ/MM/AAAA. */
const LONG_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const DATE_STYLE: Partial<Record<ReasonLocale, Intl.DateTimeFormatOptions>> = {
  fr: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

/** A calendar date as people of that language write it; UTC so no time zone moves the day. */
export function localDate(iso: string, locale: ReasonLocale): string {
  return new Intl.DateTimeFormat(locale, { ...(DATE_STYLE[locale] ?? LONG_DATE), timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

const cache = new Map<string, IntlMessageFormat>();

/**
 * The sentence of one explanation, or null when the catalog does not know
 * the id (a newer engine): the caller then shows the engine's French reason
 * rather than a guess.
 */
export function formatReason(locale: ReasonLocale, reasonId: string, values: ReasonValues): string | null {
  if (!isReasonId(reasonId)) return null;
  const key = `${locale}:${reasonId}`;
  let format = cache.get(key);
  if (!format) {
    format = new IntlMessageFormat(REASON_CATALOGS[locale][reasonId], locale);
    cache.set(key, format);
  }
  const shown = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && ISO_DATE.test(v) ? localDate(v, locale) : v]),
  );
  return String(format.format(shown));
}

/** What carries an explanation: a piece (one or more explanations) or a warning (one). */
export interface Explained {
  reasonId: string;
  values: ReasonValues;
  explanations?: readonly { reasonId: string; values: ReasonValues }[];
}

/**
 * Why a piece or warning is there, in `locale`: every explanation's catalog
 * sentence, joined as the engine joins its French reason. One unknown id and
 * the engine's own French sentence (`french`) is shown whole instead, so
 * nothing is half-translated or dropped.
 */
export function explain(locale: ReasonLocale, item: Explained, french: string): string {
  const parts = item.explanations && item.explanations.length > 0 ? item.explanations : [item];
  const sentences = parts.map((p) => formatReason(locale, p.reasonId, p.values));
  return sentences.every((s): s is string => s !== null) ? sentences.join(' ') : french;
}
