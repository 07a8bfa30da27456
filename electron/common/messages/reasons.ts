// The engine's explanations (`reasonId` and `values` on each piece and
// warning) as sentences in the citizen's language: the kiosk can say why in
// French, English or Arabic, and the station and the receipt read the same
// sentences. Values are data: ISO dates are written the local way here.
import {
  formatWords,
  frenchDate,
  isReasonId,
  reasonsFr,
  type ReasonCatalog,
  type ReasonId,
  type ReasonValues,
} from '../../../rules/index.js';
import { reasonsAr } from './reasons.ar.js';
import { reasonsEn } from './reasons.en.js';
import type { Locale } from './index.js';

/** The kiosk's languages (LOCALES): a new one does not compile here until it has its reasons. */
export type ReasonLocale = Locale;
export type { ReasonCatalog, ReasonId };
export { isReasonId };

export const REASON_CATALOGS: Record<ReasonLocale, ReasonCatalog> = { fr: reasonsFr, en: reasonsEn, ar: reasonsAr };

/** A calendar date written the local way, in long form; UTC so no time zone moves the day. */
function longDate(locale: ReasonLocale): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (iso) => format.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Dates: French as the engine writes them, JJ/MM/AAAA (its `reason` is the same
 * formatting of the same message); every other language the month by name,
 * which reads unambiguously, so a new language needs no entry here.
 */
function dateFor(locale: ReasonLocale): (iso: string) => string {
  return locale === 'fr' ? frenchDate : longDate(locale);
}
const DATES = Object.fromEntries(Object.keys(REASON_CATALOGS).map((locale) => [locale, dateFor(locale as ReasonLocale)])) as Record<
  ReasonLocale,
  (iso: string) => string
>;

/**
 * The sentence of one explanation, or null when the catalog does not know
 * the id (a newer engine): the caller then shows the engine's French reason
 * rather than a guess.
 */
export function formatReason(locale: ReasonLocale, reasonId: string, values: ReasonValues): string | null {
  if (!isReasonId(reasonId)) return null;
  return formatWords(REASON_CATALOGS[locale][reasonId], locale, values, DATES[locale]);
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
