import { IntlMessageFormat } from 'intl-messageformat';
import { ar } from './ar.js';
import { en } from './en.js';
import { fr, type Catalog, type MessageId } from './fr.js';

export const LOCALES = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const CATALOGS: Record<Locale, Catalog> = { fr, en, ar };
export const DIRECTION: Record<Locale, 'ltr' | 'rtl'> = { fr: 'ltr', en: 'ltr', ar: 'rtl' };
export type { Catalog, MessageId };

/** A formatter for one locale, outside React (the host's ticket). */
export function translator(locale: Locale): (id: MessageId, values?: Record<string, string | number>) => string {
  const cache = new Map<MessageId, IntlMessageFormat>();
  return (id, values) => {
    let format = cache.get(id);
    if (!format) {
      format = new IntlMessageFormat(CATALOGS[locale][id], locale);
      cache.set(id, format);
    }
    return String(format.format(values));
  };
}
