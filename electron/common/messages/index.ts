import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './ar.js';
import { en } from './en.js';
import { fr, type Catalog, type MessageId } from './fr.js';
import type { KioskQuestionId, StationQuestionId } from './question-ids.js';
import { stationFr as stationWords, type StationMessageId } from './station.fr.js';

export const LOCALES = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** A kiosk catalog: its own keys, and every question, example and answer the engine's facts call for. */
export type KioskCatalog = Catalog & Record<KioskQuestionId, string>;
/** The station's catalog: its own keys, and every question and answer the engine's facts call for. */
export type StationCatalog = Record<StationMessageId, string> & Record<StationQuestionId, string>;

/** The kiosk's catalogs, one per language; a catalog missing a question's message does not compile here. */
export const CATALOGS: Record<Locale, KioskCatalog> = { fr, en, ar };
/** The station's words; a question or a choice without its message does not compile here. */
export const stationFr: StationCatalog = stationWords;
export const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { fr: 'ltr', en: 'ltr', ar: 'rtl' };
export type { Catalog, MessageId, StationMessageId };
export * from './question-ids.js';

type Values = Record<string, string | number>;

/** Formats a catalog's messages outside React (the host's receipt and ticket). */
function formatter<Id extends string>(catalog: Record<Id, string>, locale: string): (id: Id, values?: Values) => string {
  const cache = new Map<Id, IntlMessageFormat>();
  return (id, values) => {
    let format = cache.get(id);
    if (!format) {
      format = new IntlMessageFormat(catalog[id], locale);
      cache.set(id, format);
    }
    return String(format.format(values));
  };
}

export const translator = (locale: Locale) => formatter<MessageId>(CATALOGS[locale], locale);
export const stationText = formatter<StationMessageId>(stationFr, 'fr');
