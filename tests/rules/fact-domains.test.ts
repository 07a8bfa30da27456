// FACT_DOMAINS and factsSchema, both built from the fact table
// (rules/facts/table.ts), say the same thing: every value the table offers
// is accepted by the contract at its fact, and a value it does not offer is
// refused.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { FACT_DOMAINS, factsSchema, parseFacts, QUESTION_ORDER, type Facts, type FactKey } from '../../rules/index.js';
import { setAnswer } from '../../electron/common/answers.js';

const TODAY = '2026-06-15';
const accepts = (key: FactKey, value: unknown) => factsSchema.safeParse(setAnswer({}, key, value)).success;

describe('the facts table', () => {
  it('has one entry per fact a screen may ask, and only those', () => {
    expect(Object.keys(FACT_DOMAINS).sort()).toEqual([...QUESTION_ORDER].sort());
  });

  it.each(QUESTION_ORDER)('%s: the contract accepts exactly what the table offers', (key) => {
    const domain = FACT_DOMAINS[key];
    switch (domain.kind) {
      case 'date':
        expect(accepts(key, '2020-02-29')).toBe(true);
        expect(accepts(key, '2021-02-29')).toBe(false);
        expect(accepts(key, true)).toBe(false);
        break;
      case 'titles':
        for (const title of domain.values) expect(accepts(key, [title])).toBe(true);
        expect(accepts(key, ['visa'])).toBe(false);
        break;
      default: {
        for (const value of domain.values) expect(accepts(key, value), String(value)).toBe(true);
        for (const other of ['unknown', 'other', true, false].filter((v) => !(domain.values as readonly unknown[]).includes(v))) {
          expect(accepts(key, other), `${key} = ${String(other)}`).toBe(false);
        }
      }
    }
  });

  it('offers "don\'t know" only where a missing birth-record answer gives a conditional piece', () => {
    const withUnknown = QUESTION_ORDER.filter((key) => (FACT_DOMAINS[key] as { values?: readonly unknown[] }).values?.includes('unknown'));
    expect(withUnknown).toEqual(['birthRecordDematerialized', 'nationalityProvenByBirthRecord']);
  });
});

describe('Facts, inferred from the schema', () => {
  it("keeps the contract's types", () => {
    expectTypeOf<Facts['today']>().toEqualTypeOf<string>();
    expectTypeOf<Facts['birthRecordDematerialized']>().toEqualTypeOf<boolean | 'unknown' | undefined>();
    expectTypeOf<NonNullable<Facts['currentCni']>['status']>().toEqualTypeOf<'none' | 'held' | 'lost' | 'stolen' | undefined>();
    expectTypeOf<NonNullable<Facts['titles']>>().toEqualTypeOf<('cni' | 'passport')[]>();
  });

  it('names, of several invalid facts, the first a person is asked', () => {
    const parsed = parseFacts({ preApplication: 'yes', birthDate: '2021-02-29', territory: 'reunion' }, TODAY);
    expect(!parsed.ok && parsed.error.field).toBe('territory');
  });

  it("comes out of parseFacts with today filled from the caller's clock", () => {
    const parsed = parseFacts({ titles: ['cni'] }, TODAY);
    expect(parsed.ok && parsed.facts).toEqual({ titles: ['cni'], today: TODAY });
  });
});

// The contract's error for each kind of bad value, in both languages: the mutation
// pass found these branches unread (a wrong one still refuses, but says the wrong thing).
describe('a refused fact says why, for programs and for people', () => {
  it.each([
    [{ productionDelayDays: 1.5 }, 'productionDelayDays', 'expected a whole number', 'un nombre entier de jours est attendu'],
    [{ productionDelayDays: 'dix' }, 'productionDelayDays', 'expected number', 'type de valeur incorrect'],
    [{ productionDelayDays: -1 }, 'productionDelayDays', 'must be at least 0', 'la valeur doit être au moins 0'],
    [{ titles: [] }, 'titles', 'must not be empty', 'choisissez au moins un titre'],
    [{ titles: ['cni', 'cni'] }, 'titles', 'lists a title twice', 'un même titre est demandé deux fois'],
  ])('%j: %s, « %s »', (input, field, message, messageFr) => {
    expect(parseFacts(input, TODAY)).toEqual({ ok: false, error: { field, message, messageFr } });
  });
});
