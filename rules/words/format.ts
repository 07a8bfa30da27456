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
const compiled = new Map<string, { format: IntlMessageFormat; said: Map<string, string> }>();
/**
 * The sentences already written for one message, by their values: a counter's
 * dossiers repeat the same few, and ICU formatting was a quarter of an
 * evaluation's time. Bounded, so a long-running host holds no more than this
 * many per message (then it starts again): a cache, not a record of dossiers.
 */
const SAID_PER_MESSAGE = 512;

/** One catalog message with its values; an ISO date value is written by `date`, as people of that language write it. */
export function formatWords(message: string, locale: string, values: ReasonValues, date: (iso: string) => string): string {
  const key = `${locale}\u0000${message}`;
  let entry = compiled.get(key);
  if (!entry) {
    entry = { format: new IntlMessageFormat(message, locale), said: new Map() };
    compiled.set(key, entry);
  }
  const shown: ReasonValues = {};
  for (const [name, value] of Object.entries(values)) shown[name] = typeof value === 'string' && ISO_DATE.test(value) ? date(value) : value;
  // The values as written, dates included: the same key is the same sentence, whoever formats the dates.
  const valuesKey = JSON.stringify(shown);
  let sentence = entry.said.get(valuesKey);
  if (sentence === undefined) {
    sentence = String(entry.format.format(shown));
    if (entry.said.size >= SAID_PER_MESSAGE) entry.said.clear();
    entry.said.set(valuesKey, sentence);
  }
  return sentence;
}

/** The French sentence of one explanation: what the evaluation's `reason` and `message` say. */
export function frenchReason(reasonId: ReasonId, values: ReasonValues): string {
  return formatWords(reasonsFr[reasonId], 'fr', values, frenchDate);
}

export function isReasonId(id: string): id is ReasonId {
  return Object.hasOwn(reasonsFr, id);
}
