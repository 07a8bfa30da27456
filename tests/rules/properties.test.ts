import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseFacts, QUESTION_ORDER, type Evaluation, type Facts } from '../../rules/index.js';

const TODAY = '2026-06-15';
const isoDate = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2045-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyDateText = fc.oneof(isoDate, fc.string(), fc.constantFrom('2023-02-29', '2026-13-01', '2026-06-31', '0000-00-00'));
const maybe = fc.constantFrom<boolean | 'unknown'>(true, false, 'unknown');

/**
 * Complete, valid facts (the "truth" a person would answer with). A passport
 * whose printed expiry is on or after 2016-04-12 is an ordinary, secure one:
 * a "not secure" value there (a temporary passport) is one a person gives
 * unasked, and it wins (RULES.md §4), so it cannot be reached by answering.
 */
const passportTruth = fc
  .record({ status: fc.constantFrom('none', 'held', 'lost', 'stolen'), expiry: isoDate, secure: fc.boolean() })
  .map((p) => (p.expiry >= '2016-04-12' ? { ...p, secure: true } : p));
const truth: fc.Arbitrary<Facts> = fc.record({
  today: fc.constant(TODAY),
  titles: fc.constantFrom<Facts['titles']>(['cni'], ['passport'], ['cni', 'passport'], ['passport', 'cni']),
  birthDate: fc.date({ min: new Date('1930-01-01'), max: new Date(TODAY), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  territory: fc.constantFrom('general', 'drom', 'guyane', 'mayotte'),
  productionDelayDays: fc.integer({ min: 0, max: 180 }),
  photoAtCounter: fc.boolean(),
  currentCni: fc.record({
    status: fc.constantFrom('none', 'held', 'lost', 'stolen'),
    expiry: isoDate,
    format: fc.constantFrom('laminated', 'card'),
  }),
  currentPassport: passportTruth,
  birthRecordDematerialized: maybe,
  nationalityProvenByBirthRecord: maybe,
  addressVerifiedOnline: fc.boolean(),
  residence: fc.constantFrom('own', 'hosted'),
  parentalAuthority: fc.constantFrom('joint', 'separated', 'guardian'),
  usageName: fc.constantFrom('none', 'spouse', 'other-parent'),
  nameChanged: fc.boolean(),
  passportPagesFull: fc.boolean(),
  alternatingResidence: fc.boolean(),
  bothAddresses: fc.boolean(),
  preApplication: fc.boolean(),
}) as fc.Arbitrary<Facts>;
/** The truths the contract accepts: a minor's usage name is never a spouse's. */
const validTruth = truth.filter((facts) => parseFacts(facts, TODAY).ok);

function read(facts: Facts, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], facts);
}

function write(facts: Record<string, unknown>, key: string, value: unknown): void {
  const [head, tail] = key.split('.') as [string, string | undefined];
  if (tail === undefined) facts[head] = value;
  else facts[head] = { ...(facts[head] as object | undefined), [tail]: value };
}

function outcome(ev: Evaluation): unknown {
  return { ...ev, questions: undefined };
}

describe('properties', () => {
  it('any JSON value gives an evaluation or a validation error, never anything else', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const parsed = parseFacts(input, TODAY);
        if (!parsed.ok)
          return typeof parsed.error.field === 'string' && parsed.error.message.length > 0 && parsed.error.messageFr.length > 0;
        return typeof evaluate(parsed.facts).complete === 'boolean';
      }),
      { numRuns: 2000 },
    );
  });

  it('fact-shaped input with random values and dates never throws', () => {
    const shaped = fc.record(
      {
        today: fc.option(anyDateText, { nil: undefined }),
        titles: fc.option(fc.array(fc.constantFrom('cni', 'passport', 'visa')), { nil: undefined }),
        birthDate: fc.option(anyDateText, { nil: undefined }),
        territory: fc.option(fc.constantFrom('general', 'drom', 'guyane', 'mayotte', 'reunion'), { nil: undefined }),
        productionDelayDays: fc.option(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.string()), { nil: undefined }),
        nameChanged: fc.option(fc.anything(), { nil: undefined }),
        currentCni: fc.option(
          fc.record({ status: fc.constantFrom('none', 'held', 'lost', 'x'), expiry: anyDateText }, { requiredKeys: [] }),
          { nil: undefined },
        ),
        currentPassport: fc.option(
          fc.record(
            { status: fc.constantFrom('none', 'held', 'lost', 'stolen'), expiry: anyDateText, secure: fc.anything() },
            { requiredKeys: [] },
          ),
          { nil: undefined },
        ),
        birthRecordDematerialized: fc.option(fc.constantFrom(true, false, 'unknown', 'maybe'), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(shaped, (input) => {
        const parsed = parseFacts(JSON.parse(JSON.stringify(input)), TODAY);
        return parsed.ok ? Array.isArray(evaluate(parsed.facts).questions) : parsed.error.field.length > 0;
      }),
      { numRuns: 3000 },
    );
  });

  it('answering the listed questions in order reaches a complete evaluation equal to the full answer', () => {
    fc.assert(
      fc.property(validTruth, (full) => {
        // The deposit date and the station's production delay are settings, known before any question.
        const facts: Record<string, unknown> = { today: full.today, productionDelayDays: full.productionDelayDays };
        for (let step = 0; step <= QUESTION_ORDER.length; step += 1) {
          const ev = evaluate(facts as unknown as Facts);
          for (const key of ev.questions) expect(read(facts as unknown as Facts, key)).toBeUndefined();
          if (ev.complete) {
            expect(outcome(ev)).toEqual(outcome(evaluate(full)));
            return;
          }
          write(facts, ev.questions[0]!, read(full, ev.questions[0]!));
        }
        throw new Error('the questions never ended');
      }),
      { numRuns: 3000 },
    );
  });

  it('never asks a question already answered, whatever is dropped', () => {
    const keysToDrop = fc.subarray([...QUESTION_ORDER]);
    fc.assert(
      fc.property(validTruth, keysToDrop, (full, dropped) => {
        const facts = structuredClone(full) as unknown as Record<string, unknown>;
        for (const key of dropped) {
          const [head, tail] = key.split('.') as [string, string | undefined];
          if (tail === undefined) delete facts[head];
          else delete (facts[head] as Record<string, unknown>)[tail];
        }
        const ev = evaluate(facts as unknown as Facts);
        return ev.questions.every((key) => dropped.includes(key)) && ev.complete === (ev.questions.length === 0);
      }),
      { numRuns: 3000 },
    );
  });
});
