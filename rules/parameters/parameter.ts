import type { IsoDate } from '../dates.js';
import type { Source } from '../sources.js';

/**
 * A value that changes by decree, modelled on OpenFisca's parameter files:
 * each value says from which date it is in force and which text says so.
 */
export interface DatedValue<T> {
  from: IsoDate;
  value: T;
  sources: readonly Source[];
  /** Why this value, when the sources disagree or are silent on the date. */
  note?: string;
}

export interface Parameter<T> {
  description: string;
  values: readonly DatedValue<T>[];
}

/** Earliest deposit date for which every parameter has a value in force. */
export const RULES_IN_FORCE_FROM: IsoDate = '2021-01-01';

/** The value in force on `date`: the last one whose `from` is not after it. */
export function valueAt<T>(parameter: Parameter<T>, date: IsoDate): DatedValue<T> {
  let found: DatedValue<T> | undefined;
  for (const entry of parameter.values) {
    if (entry.from <= date) found = entry;
  }
  if (!found) throw new RangeError(`${parameter.description}: no value in force on ${date}`);
  return found;
}
