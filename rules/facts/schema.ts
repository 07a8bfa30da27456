// The contract's facts as a zod schema, built from the fact table
// (table.ts): the one definition of what a fact may be. `Facts` (facts.ts)
// is inferred from it, so the type, the validation and the ticket's layout
// cannot drift apart.
import { z } from 'zod';
import { isRealDate } from '../dates.js';
import { FACT_PATHS, FACT_TABLE, type FactDomain, type FactPath, type FactTable, type PersonFact } from './table.js';
import { TITLES, YES_NO_UNKNOWN } from './values.js';

const dateSchema = z.string().refine(isRealDate, { params: { kind: 'date' } });
const titlesSchema = z
  .array(z.enum(TITLES))
  .min(1)
  .refine((titles) => new Set(titles).size === titles.length, { params: { kind: 'duplicate' } });
const maybeKnownSchema = z.union([z.boolean(), z.literal('unknown')]);

/** The zod type of a domain, so the inferred `Facts` keeps every value of the table. */
type ZodOf<D> = D extends { kind: 'date' }
  ? typeof dateSchema
  : D extends { kind: 'titles' }
    ? typeof titlesSchema
    : D extends { kind: 'choice'; values: readonly (infer V extends string)[] }
      ? z.ZodEnum<{ [K in V]: K }>
      : D extends { kind: 'yes-no'; values: typeof YES_NO_UNKNOWN }
        ? typeof maybeKnownSchema
        : D extends { kind: 'yes-no' }
          ? z.ZodBoolean
          : D extends { kind: 'days' }
            ? z.ZodNumber
            : never;

function zodOf(domain: FactDomain): z.ZodType {
  switch (domain.kind) {
    case 'date':
      return dateSchema;
    case 'titles':
      return titlesSchema;
    case 'choice':
      return z.enum(domain.values);
    case 'yes-no':
      return domain.values === YES_NO_UNKNOWN ? maybeKnownSchema : z.boolean();
    case 'days':
      return z.number().int().min(0).max(domain.max);
  }
}

type Head<K> = K extends `${infer H}.${string}` ? H : K;
type DomainAt<K> = K extends FactPath ? FactTable[K]['domain'] : never;
/** A plain fact is an optional field; the fields of a document (`currentCni.*`) an optional strict object of optional fields. */
type Shape<Keys extends FactPath> = {
  [H in Head<Keys>]: z.ZodOptional<
    H extends Keys
      ? ZodOf<DomainAt<H>>
      : z.ZodObject<{ [T in Keys as T extends `${H}.${infer F}` ? F : never]: z.ZodOptional<ZodOf<DomainAt<T>>> }, z.core.$strict>
  >;
};

/** A strict object of these facts, fields in the table's order. */
function schemaOf<Keys extends FactPath>(keys: readonly Keys[]): z.ZodObject<Shape<Keys>, z.core.$strict> {
  // A Map keeps each document where its first field is, so the fields stay in the table's order.
  const heads = new Map<string, z.ZodType | Record<string, z.ZodType>>();
  for (const key of keys) {
    const [head, field] = key.split('.') as [string, string | undefined];
    const schema = zodOf(FACT_TABLE[key].domain).optional();
    if (field === undefined) heads.set(head, schema);
    else heads.set(head, { ...(heads.get(head) as Record<string, z.ZodType> | undefined), [field]: schema });
  }
  const shape = Object.fromEntries(
    [...heads].map(([head, entry]) => [head, entry instanceof z.ZodType ? entry : z.strictObject(entry).optional()]),
  );
  return z.strictObject(shape) as unknown as z.ZodObject<Shape<Keys>, z.core.$strict>;
}

/** The contract's facts, strictly: exported so the host API can reuse its fields. */
export const factsSchema = schemaOf(FACT_PATHS);

const PERSON_FACTS = FACT_PATHS.filter((key): key is PersonFact => FACT_TABLE[key].owner === 'person');
/** What the person answers: the facts without what the station and the caller set. */
export const personFactsSchema = schemaOf(PERSON_FACTS);
