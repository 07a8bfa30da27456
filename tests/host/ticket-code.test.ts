// The ticket's code under fast-check: answers generated from the answers
// schema's own shape (so a new fact is generated too) survive the round
// trip, and no single altered symbol passes as another visit.
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { answersSchema, type Answers } from '../../electron/common/contract.js';
import {
  decodeTicket,
  describeLayout,
  encodeTicket,
  groupTicket,
  MAX_TICKET_PEOPLE,
  signTicket,
  TICKET_ALPHABET,
  TICKET_VERSION,
} from '../../electron/common/ticket-code.js';

/**
 * The layout each version was printed with. A change to the answers schema
 * changes the layout: bump TICKET_VERSION and add its line here.
 */
const PINNED_LAYOUTS: Record<number, string> = {
  1: '{titles:[titles[]:cni|passport]?,birthDate:date?,photoAtCounter:false|true?,{currentCni.status:none|held|lost|stolen?,currentCni.expiry:date?,currentCni.format:laminated|card?}?,{currentPassport.status:none|held|lost|stolen?,currentPassport.expiry:date?,currentPassport.secure:false|true?}?,birthRecordDematerialized:false|true|unknown?,nationalityProvenByBirthRecord:false|true|unknown?,addressVerifiedOnline:false|true?,residence:own|hosted?,parentalAuthority:joint|separated|guardian?,usageName:none|spouse|other-parent?,preApplication:false|true?}',
  // 2026-11-24 rules: nameChanged, passportPagesFull, alternatingResidence.
  2: '{titles:[titles[]:cni|passport]?,birthDate:date?,photoAtCounter:false|true?,{currentCni.status:none|held|lost|stolen?,currentCni.expiry:date?,currentCni.format:laminated|card?}?,{currentPassport.status:none|held|lost|stolen?,currentPassport.expiry:date?,currentPassport.secure:false|true?}?,birthRecordDematerialized:false|true|unknown?,nationalityProvenByBirthRecord:false|true|unknown?,addressVerifiedOnline:false|true?,residence:own|hosted?,parentalAuthority:joint|separated|guardian?,usageName:none|spouse|other-parent?,nameChanged:false|true?,passportPagesFull:false|true?,alternatingResidence:false|true?,preApplication:false|true?}',
  // 2026-12-04 rules: bothAddresses; and the check became a CRC-32 bound to the version and the length, an unanswered person refused.
  3: '{titles:[titles[]:cni|passport]?,birthDate:date?,photoAtCounter:false|true?,{currentCni.status:none|held|lost|stolen?,currentCni.expiry:date?,currentCni.format:laminated|card?}?,{currentPassport.status:none|held|lost|stolen?,currentPassport.expiry:date?,currentPassport.secure:false|true?}?,birthRecordDematerialized:false|true|unknown?,nationalityProvenByBirthRecord:false|true|unknown?,addressVerifiedOnline:false|true?,residence:own|hosted?,parentalAuthority:joint|separated|guardian?,usageName:none|spouse|other-parent?,nameChanged:false|true?,passportPagesFull:false|true?,alternatingResidence:false|true?,bothAddresses:false|true?,preApplication:false|true?}',
};

const isoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** An arbitrary for any value a zod schema of the answers' kinds accepts, read through zod's public classes and accessors. */
function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodOptional) return fc.option(arbitraryOf(schema.unwrap() as z.ZodType), { nil: undefined });
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodEnum) return fc.constantFrom(...schema.options);
  if (schema instanceof z.ZodLiteral) return fc.constantFrom(...schema.values);
  if (schema instanceof z.ZodUnion) return fc.oneof(...(schema.options as z.ZodType[]).map(arbitraryOf));
  if (schema instanceof z.ZodString) return isoDate;
  if (schema instanceof z.ZodNumber) {
    const { minValue: min, maxValue: max } = schema;
    if (min === null || max === null) throw new Error('the ticket packs only bounded numbers');
    return fc.integer({ min, max });
  }
  if (schema instanceof z.ZodArray) return fc.uniqueArray(arbitraryOf(schema.element as z.ZodType), { minLength: 1 });
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return fc.record(Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, arbitraryOf(s)])), { requiredKeys: [] });
  }
  throw new Error(`no arbitrary for ${schema.constructor.name}`);
}

const person = arbitraryOf(answersSchema).filter(
  (a) => answersSchema.safeParse(a).success && Object.keys(a as object).length > 0,
) as fc.Arbitrary<Answers>;
const people = fc.array(person, { minLength: 1, maxLength: MAX_TICKET_PEOPLE });

describe('ticket code', () => {
  it('pins the layout of the current version (a schema change must bump TICKET_VERSION)', () => {
    expect(describeLayout(), `answers schema changed: bump TICKET_VERSION to ${TICKET_VERSION + 1} and pin its layout`).toBe(
      PINNED_LAYOUTS[TICKET_VERSION],
    );
  });

  it('decodes what it encodes, for every valid set of answers', () => {
    fc.assert(
      fc.property(people, (answers) => {
        const code = encodeTicket(answers);
        expect(code).toMatch(/^[0-9A-Z]+$/);
        expect(decodeTicket(code)).toEqual({ ok: true, people: answers });
        // Typed by hand, from the printed groups, in lower case.
        expect(decodeTicket(groupTicket(code).toLowerCase())).toEqual({ ok: true, people: answers });
      }),
      { numRuns: 500 },
    );
  });

  it('detects any single altered symbol', () => {
    const altered = people.chain((answers) => {
      const code = encodeTicket(answers);
      return fc.tuple(fc.constant(code), fc.nat({ max: code.length - 1 }), fc.integer({ min: 1, max: TICKET_ALPHABET.length - 1 }));
    });
    fc.assert(
      fc.property(altered, ([code, at, shift]) => {
        const symbol = TICKET_ALPHABET[(TICKET_ALPHABET.indexOf(code[at]!) + shift) % TICKET_ALPHABET.length]!;
        const result = decodeTicket(code.slice(0, at) + symbol + code.slice(at + 1));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('detects a dropped symbol and two swapped neighbours', () => {
    fc.assert(
      fc.property(people, fc.nat(), (answers, n) => {
        const code = encodeTicket(answers);
        const at = n % (code.length - 1);
        expect(decodeTicket(code.slice(0, at) + code.slice(at + 1)).ok).toBe(false);
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        if (swapped !== code) expect(decodeTicket(swapped).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a foreign, an older, a newer or a mistyped code with its reason and a French sentence', () => {
    const code = encodeTicket([{ titles: ['passport'], birthDate: '1975-02-11' }]);
    const reason = (text: string) => {
      const result = decodeTicket(text);
      return result.ok ? 'accepted' : result.error.reason;
    };
    expect(reason('')).toBe('empty');
    expect(reason('https://timbres.impots.gouv.fr')).toBe('foreign');
    expect(reason('K7Q-4MZ')).toBe('foreign');
    expect(reason(`${code}!`)).toBe('characters');
    expect(reason(code.slice(0, 6))).toBe('damaged');
    // A well-checked code of another version: re-signed, so only its version differs.
    const reSigned = (version: number) => signTicket(`DC${TICKET_ALPHABET[version]}${code.slice(3, -7)}`);
    expect(reason(reSigned(TICKET_VERSION))).toBe('accepted');
    expect(reason(reSigned(TICKET_VERSION - 1))).toBe('older');
    expect(reason(reSigned(1))).toBe('older');
    expect(reason(reSigned(TICKET_VERSION + 1))).toBe('newer');
    // The check is bound to the version: the same symbols under another version do not check out.
    expect(reason(`DC${TICKET_ALPHABET[TICKET_VERSION + 1]}${code.slice(3)}`)).toBe('damaged');
    expect(reason(`DC${TICKET_ALPHABET[TICKET_VERSION - 1]}${code.slice(3)}`)).toBe('damaged');
    const result = decodeTicket('');
    expect(result.ok || result.error.message).toMatch(/^Scannez le code/);
  });

  it('checks with a CRC-32 in seven symbols, bound to the version and the length', () => {
    const code = encodeTicket([{ titles: ['cni'] }]);
    const body = code.slice(0, -7);
    expect(signTicket(body)).toBe(code);
    // A 32-bit check: two different bodies of the same length and version agree only by chance (2^-32),
    // where the old 15-bit one let about one mistyped code in 32,768 through.
    const checks = new Set<string>();
    for (let i = 0; i < 2000; i += 1)
      checks.add(signTicket(`${body}${TICKET_ALPHABET[i % 32]}${TICKET_ALPHABET[(i >> 5) % 32]}`).slice(-7));
    expect(checks.size).toBe(1024);
    // The length is part of what is checked: a leading zero symbol packs the same number, yet does not pass.
    expect(decodeTicket(signTicket(`DC${TICKET_ALPHABET[TICKET_VERSION]}0${body.slice(3)}`)).ok).toBe(true);
    expect(decodeTicket(`DC${TICKET_ALPHABET[TICKET_VERSION]}0${code.slice(3)}`).ok).toBe(false);
  });

  it('refuses a ticket whose persons carry no answers, however well it checks', () => {
    // Seven symbols once opened a person with no answers: a body of one zero symbol, signed.
    const empty = signTicket(`DC${TICKET_ALPHABET[TICKET_VERSION]}0`);
    expect(decodeTicket(empty)).toMatchObject({ ok: false, error: { reason: 'unanswered' } });
    const secondEmpty = signTicket(`DC${TICKET_ALPHABET[TICKET_VERSION]}${TICKET_ALPHABET[1]}`);
    expect(decodeTicket(secondEmpty)).toMatchObject({ ok: false, error: { reason: 'unanswered' } });
    expect(() => encodeTicket([{}])).toThrow(RangeError);
    expect(() => encodeTicket([{ titles: ['cni'] }, {}])).toThrow(RangeError);
    const result = decodeTicket(empty);
    expect(result.ok || result.error.message).toBe(
      'Ce ticket ne porte aucune réponse pour la personne 1\u00a0: posez les questions au guichet.',
    );
  });

  it('keeps a family of four short enough to type', () => {
    const family: Answers[] = [
      {
        titles: ['passport'],
        birthDate: '1975-02-11',
        currentPassport: { status: 'held', expiry: '2030-03-01' },
        addressVerifiedOnline: false,
        residence: 'own',
        usageName: 'none',
      },
      { titles: ['cni'], birthDate: '1978-06-01', currentCni: { status: 'lost' }, usageName: 'spouse', preApplication: true },
      {
        titles: ['cni', 'passport'],
        birthDate: '2014-01-20',
        parentalAuthority: 'joint',
        birthRecordDematerialized: 'unknown',
        nationalityProvenByBirthRecord: true,
      },
      { titles: ['cni'], birthDate: '2019-09-09', parentalAuthority: 'separated', usageName: 'other-parent' },
    ];
    const code = encodeTicket(family);
    expect(code.length).toBeLessThan(60);
    expect(decodeTicket(code)).toEqual({ ok: true, people: family });
  });
});
