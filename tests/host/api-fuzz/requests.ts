// Generated API requests: mostly near-valid (so they reach the handlers), with
// hostile values mixed in (unknown keys, wrong types, controls, huge strings).
import fc from 'fast-check';
import { METHODS } from '../../../electron/common/contract.js';
import { STATION_SETTINGS } from '../../support/fixtures.js';

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constant('\u202Eevil'),
  fc.constant('a\u0000b'),
  fc.constant('__proto__'),
  fc.constant('constructor'),
  fc.constant('x'.repeat(5000)),
  fc.constant('../../etc/passwd'),
);
const date = fc.oneof(
  fc.date({ min: new Date('1850-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '0001-01-01', '2026-6-1', '9999-12-31', ''),
  hostileString,
);
const value = fc.oneof(fc.anything({ maxDepth: 2 }), hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

export function references(known: () => string[]) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(null).map(() => known().at(-1) ?? 'AAA-222') },
    fc.constantFrom(1, 2, 3).map((i) => known().at(-1 - i) ?? 'AAA-222'),
    fc.constantFrom('AAA-222', 'aaa-222', 'AAA-2222', ''),
    hostileString,
  );
}

/** Mostly plausible values, sometimes a hostile one: the requests must reach the handlers. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: value });
const between = (min: string, max: string) =>
  fc.date({ min: new Date(min), max: new Date(max), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const goodBirth = between('1900-01-01', '2026-06-15');
const goodDate = between('1950-01-01', '2050-12-31');

const answers = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        titles: mostly(fc.subarray(['cni', 'passport'] as const, { minLength: 1 })),
        birthDate: fc.oneof({ weight: 6, arbitrary: goodBirth }, { weight: 1, arbitrary: date }),
        photoAtCounter: mostly(fc.boolean()),
        currentCni: mostly(
          fc.record(
            { status: fc.constantFrom('none', 'held', 'lost', 'stolen'), expiry: goodDate, format: fc.constantFrom('laminated', 'card') },
            { requiredKeys: [] },
          ),
        ),
        currentPassport: mostly(
          fc.record({ status: fc.constantFrom('none', 'held', 'lost'), expiry: goodDate, secure: fc.boolean() }, { requiredKeys: [] }),
        ),
        residence: mostly(fc.constantFrom('own', 'hosted')),
        parentalAuthority: mostly(fc.constantFrom('joint', 'separated', 'guardian')),
        birthRecordDematerialized: mostly(fc.constantFrom(true, false, 'unknown')),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ territory: fc.constant('guyane'), lastName: hostileString, titles: value }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: value },
);

const settings = fc.record(
  {
    mairieName: mostly(fc.oneof(fc.constant(STATION_SETTINGS.mairieName), hostileString)),
    address: mostly(fc.constant(STATION_SETTINGS.address)),
    departement: fc.constantFrom('74', '2A', '973', '00'),
    printer: fc.oneof(fc.constant(null), hostileString),
    paper: fc.constantFrom('80mm', 'a4', 'letter'),
    retentionDays: mostly(fc.integer({ min: -2, max: 20 })),
    mode: fc.constantFrom('station', 'kiosk', 'admin'),
    inactivitySeconds: fc.integer({ min: 0, max: 1000 }),
    booking: fc.oneof(fc.constant(null), hostileString),
    productionDelayDays: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 200 })),
  },
  { requiredKeys: ['mairieName', 'address', 'departement', 'printer', 'paper', 'retentionDays', 'mode', 'inactivitySeconds'] },
);

/** Each method's request keys; a generated request has exactly these (sometimes one more). */
const KEYS: Record<string, string[]> = {
  getSettings: [],
  saveSettings: ['settings'],
  getToday: [],
  startVisit: [],
  getVisit: ['reference'],
  listVisitStates: ['depositDate'],
  addApplicant: ['reference', 'answers'],
  removeApplicant: ['reference', 'applicantId'],
  saveAnswers: ['reference', 'applicantId', 'answers'],
  setPieceStatus: ['reference', 'applicantId', 'pieceId', 'status'],
  receiptHtml: ['reference'],
  receiptPdf: ['reference', 'paper'],
  printReceipt: ['reference'],
  ticketPdf: ['reference', 'locale', 'who'],
  printTicket: ['reference', 'locale', 'who'],
  endVisit: ['reference'],
};

/** A method (every one of the contract, and some that are not) with a request for it. */
export function apiCall(known: () => string[], applicantIds: () => number[] = () => []) {
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    reference: references(known),
    applicantId: mostly(
      fc.oneof(fc.integer({ min: 1, max: 6 }), { weight: 6, arbitrary: fc.constant(null).map(() => applicantIds().at(-1) ?? 1) }),
    ),
    answers,
    settings: mostly(settings),
    depositDate: mostly(fc.constantFrom('2026-06-15', '2026-06-14')),
    pieceId: fc.constantFrom('photo', 'proof-of-address', 'passport-photo', '__proto__'),
    status: fc.constantFrom('presented', 'missing', null, 'lost'),
    paper: fc.constantFrom('80mm', 'a4', 'tabloid'),
    locale: fc.constantFrom('fr', 'en', 'ar', 'de'),
    who: fc.array(fc.constantFrom('me', 'child', 'other', 'cat'), { maxLength: 3 }),
  };
  const shaped = (method: string) => {
    const keys = Object.hasOwn(KEYS, method) ? KEYS[method]! : ['reference'];
    const exact = fc.record(Object.fromEntries(keys.map((key) => [key, fields[key]!])));
    return fc.oneof(
      { weight: 10, arbitrary: exact },
      { weight: 1, arbitrary: fc.tuple(exact, hostileString, value).map(([r, k, v]) => ({ ...r, [k]: v })) },
      { weight: 1, arbitrary: value },
    );
  };
  const method = fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom(...METHODS) },
    { weight: 1, arbitrary: fc.constantFrom('toString', '__proto__', 'hasOwnProperty', 'dropTables', '') },
  );
  return method.chain((m) => shaped(m).map((request) => ({ method: m, request })));
}
