// How each asked fact is answered, for the screens that ask it: a date, the
// titles, one of the contract's values, or yes/no (with "unknown" only where
// the contract allows it). Read from the fact table (table.ts), so a new
// value or fact shows up in the station and the kiosk (and their catalogs
// must then give it words, or the build stops).
import type { FactKey } from './facts.js';
import { FACT_TABLE, type FactTable } from './table.js';

export type FactDomains = { readonly [K in FactKey]: FactTable[K]['domain'] };

export const FACT_DOMAINS = Object.fromEntries(
  Object.entries(FACT_TABLE).flatMap(([key, entry]) => ('asked' in entry ? [] : [[key, entry.domain]])),
) as FactDomains;

/** The facts answered by picking one value: the contract's enums and the yes/no questions. */
export type ChoiceFact = { [K in FactKey]: FactDomains[K] extends { kind: 'choice' | 'yes-no' } ? K : never }[FactKey];
/** The values offered for a choice, in the contract's order. */
export type ChoiceValue<K extends ChoiceFact> = FactDomains[K]['values'][number];
