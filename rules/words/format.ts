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
type DateWriter = (iso: string) => string;
interface Compiled {
  format: IntlMessageFormat;
  /** The sentences already written, per date writer, by the values as given. */
  said: WeakMap<DateWriter, Map<string, string>>;
}
/**
 * Parsed once per language and message: an evaluation formats a dozen of
 * them. Keyed by the catalog's own strings, not a key built per call: building
 * and hashing a joined key of a long message cost more than formatting did.
 */
const compiled = new Map<string, Map<string, Compiled>>();
/**
 * The sentences already written for one message and date writer: a counter's
 * dossiers repeat the same few, and ICU formatting was a quarter of an
 * evaluation's time. Bounded, so a long-running host holds no more than this
 * many per message (then it starts again): a cache, not a record of dossiers.
 */
const SAID_PER_MESSAGE = 512;

function compile(message: string, locale: string): Compiled {
  let byMessage = compiled.get(locale);
  if (!byMessage) compiled.set(locale, (byMessage = new Map()));
  let entry = byMessage.get(message);
  if (!entry) byMessage.set(message, (entry = { format: new IntlMessageFormat(message, locale), said: new WeakMap() }));
  return entry;
}

/**
 * One catalog message with its values; an ISO date value is written by `date`,
 * as people of that language write it. `date` must be a pure function of the
 * date (the callers pass their module's writer): what was written is
 * remembered per writer, by the values as given.
 */
export function formatWords(message: string, locale: string, values: ReasonValues, date: DateWriter): string {
  const entry = compile(message, locale);
  let said = entry.said.get(date);
  if (!said) entry.said.set(date, (said = new Map()));
  const valuesKey = JSON.stringify(values);
  let sentence = said.get(valuesKey);
  if (sentence === undefined) {
    const shown: ReasonValues = {};
    for (const [name, value] of Object.entries(values))
      shown[name] = typeof value === 'string' && ISO_DATE.test(value) ? date(value) : value;
    sentence = String(entry.format.format(shown));
    if (said.size >= SAID_PER_MESSAGE) said.clear();
    said.set(valuesKey, sentence);
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
