import type { z } from 'zod';
import type { IsoDate } from '../dates.js';
import type { factsSchema } from './schema.js';
import { FACT_PATHS, FACT_TABLE, type AskedFact, type PersonFact } from './table.js';

export * from './values.js';

/**
 * The contract's input (CONTRACT.md, "Facts"), once validated: the schema's
 * output, with `today` always set (parseFacts fills it from the caller's clock).
 */
export type Facts = z.output<typeof factsSchema> & { today: IsoDate };

/** Every fact a screen may ask (all but the deposit date and the station's delay), as a dotted path (`currentCni.status`). */
export type FactKey = AskedFact;

/** Every fact a screen may ask, in the order a person should be asked (the fact table's). */
export const QUESTION_ORDER: readonly FactKey[] = FACT_PATHS.filter((key): key is FactKey => !('asked' in FACT_TABLE[key]));

/** An asked fact the person answers: every one but the station's settings (the territory). */
export type PersonQuestion = Extract<FactKey, PersonFact>;
export const isPersonQuestion = (key: FactKey): key is PersonQuestion => FACT_TABLE[key].owner === 'person';
