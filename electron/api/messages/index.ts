import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './ar.js';
import { en } from './en.js';
import { fr, type Catalog, type MessageId } from './fr.js';
import { stationFr, type StationMessageId } from './station.fr.js';

export const LOCALES = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
/** The kiosk's catalogs, one per language. */
export const CATALOGS: Record<Locale, Catalog> = { fr, en, ar };
export const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { fr: 'ltr', en: 'ltr', ar: 'rtl' };
export { stationFr };
export type { Catalog, MessageId, StationMessageId };

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
