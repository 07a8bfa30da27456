// The one formatter of the engine's sentences, whatever the language: the
// evaluation's French `reason` and the kiosk's English or Arabic go through
// the same code, so the French a screen shows is the French the command line
// prints. ICU MessageFormat (intl-messageformat) with a named locale, never
// the machine's.
import { IntlMessageFormat } from 'intl-messageformat';
import { frenchDate } from '../dates.js';
import type { ReasonValues } from '../evaluation.js';
import { reasonsFr, type ReasonId } from './reasons.fr.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Parsed once per language and message: an evaluation formats a dozen of them. */
const compiled = new Map<string, IntlMessageFormat>();

/** One catalog message with its values; an ISO date value is written by `date`, as people of that language write it. */
export function formatWords(message: string, locale: string, values: ReasonValues, date: (iso: string) => string): string {
  const key = `${locale}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale);
    compiled.set(key, format);
  }
  const shown: ReasonValues = {};
  for (const [name, value] of Object.entries(values)) shown[name] = typeof value === 'string' && ISO_DATE.test(value) ? date(value) : value;
  return String(format.format(shown));
}

/** The French sentence of one explanation: what the evaluation's `reason` and `message` say. */
export function frenchReason(reasonId: ReasonId, values: ReasonValues): string {
  return formatWords(reasonsFr[reasonId], 'fr', values, frenchDate);
}

export function isReasonId(id: string): id is ReasonId {
  return Object.hasOwn(reasonsFr, id);
}
