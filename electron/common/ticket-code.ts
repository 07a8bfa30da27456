// The code the kiosk's ticket carries to the counter: every person's answers
// (dates and choices only, never a name or a document number), packed into
// one number, written in Crockford's base 32 (uppercase letters and digits:
// a QR code's alphanumeric mode, and what a keyboard-wedge scanner types the
// same on an AZERTY or a QWERTY layout), behind a prefix and a version and
// followed by a CRC-32 over the prefix, the version, the payload's length
// and the payload (version 3 on; versions 1 and 2 carried a CRC-15, which
// let about one mistyped code in 32,768 through as another visit).
//
//   DC 3 <payload…> <7 check symbols>
//
// A person with no answer at all is refused: it would open an empty visit
// from a short code typed at random.
//
// The deposit date is left out on purpose: the station reopens the visit on
// its own "today", so the answers matter, not the day they were given.
//
// The layout is read from `answersSchema` itself (each field's kind and
// values), in the ticket's own order of fields (TICKET_ORDER), so a new fact
// gets a slot without a rewrite. VERSION RULE: any change to the answers
// schema changes the layout; bump TICKET_VERSION and pin the new layout in
// tests/host/ticket-code.test.ts (the test fails until you do), so that a
// ticket printed under the old layout is refused as "older", never misread.
import { z } from 'zod';
import { dateOfDayNumber, dayNumber as daysSince1970 } from '../../rules/index.js';
import { answersSchema, type Answers } from './contract.js';
import { stationText } from './messages/index.js';

export const TICKET_VERSION = 3;
export const TICKET_PREFIX = 'DC';
/** Crockford's base 32: no I, L, O, U, so hand typing cannot confuse 1/I/L or 0/O. */
export const TICKET_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const MAX_TICKET_PEOPLE = 20;
/** Versions up to this one were checked by a CRC-15 in 3 symbols; later ones by a CRC-32 in 7. */
const LAST_CRC15_VERSION = 2;
const checkLength = (version: number) => (version <= LAST_CRC15_VERSION ? 3 : 7);

/** Why a code was refused: a code for programs, a French sentence for the agent. */
export type TicketError = {
  reason: 'empty' | 'foreign' | 'characters' | 'damaged' | 'older' | 'newer' | 'unanswered';
  message: string;
};
export type TicketDecode = { ok: true; people: Answers[] } | { ok: false; error: TicketError };

// ---- The layout, read from the schema -------------------------------------

type Slot =
  | { path: string; kind: 'optional'; inner: Slot }
  | { path: string; kind: 'choice'; values: readonly unknown[] }
  | { path: string; kind: 'date' }
  | { path: string; kind: 'int'; min: number; max: number }
  | { path: string; kind: 'list'; element: Slot & { kind: 'choice' } }
  | { path: string; kind: 'object'; fields: [string, Slot][] };

/** Days from 0001-01-01 to 9999-12-31: every date the schema accepts. */
const DATE_COUNT = 3_652_059;

/** Each schema read through zod's public classes and accessors. */
function slotOf(schema: z.ZodType, path: string): Slot {
  if (schema instanceof z.ZodOptional) return { path, kind: 'optional', inner: slotOf(schema.unwrap() as z.ZodType, path) };
  if (schema instanceof z.ZodBoolean) return { path, kind: 'choice', values: [false, true] };
  if (schema instanceof z.ZodEnum) return { path, kind: 'choice', values: schema.options };
  if (schema instanceof z.ZodLiteral) return { path, kind: 'choice', values: [...schema.values] };
  if (schema instanceof z.ZodUnion) {
    const values = (schema.options as z.ZodType[])
      .map((o) => slotOf(o, path))
      .flatMap((s) => (s.kind === 'choice' ? s.values : unsupported(path, 'union')));
    return { path, kind: 'choice', values };
  }
  // Answers hold no free text: every string is a date (the schema checks it once decoded).
  if (schema instanceof z.ZodString) return { path, kind: 'date' };
  if (schema instanceof z.ZodNumber) {
    const { minValue: min, maxValue: max, isInt } = schema;
    if (!isInt || min === null || max === null || !Number.isSafeInteger(min) || !Number.isSafeInteger(max))
      return unsupported(path, 'unbounded number');
    return { path, kind: 'int', min, max };
  }
  if (schema instanceof z.ZodArray) {
    const element = slotOf(schema.element as z.ZodType, `${path}[]`);
    return element.kind === 'choice' ? { path, kind: 'list', element } : unsupported(path, 'array of non-choices');
  }
  if (schema instanceof z.ZodObject) {
    return {
      path,
      kind: 'object',
      fields: Object.entries(schema.shape as Record<string, z.ZodType>).map(([key, s]) => [key, slotOf(s, path ? `${path}.${key}` : key)]),
    };
  }
  return unsupported(path, schema.constructor.name);
}

function unsupported(path: string, kind: string): never {
  throw new Error(`ticket-code: cannot encode answers field "${path}" (${kind}); give it a slot kind and bump TICKET_VERSION`);
}

/**
 * The order a person's answers are packed in: the answers' fields (a
 * document's own fields in the schema's order), as version 3 laid them out.
 * The schema follows the order questions are asked, which may change without
 * a new ticket version; this order changes only with one. A new answer goes
 * here (the compiler asks for it) with a TICKET_VERSION bump.
 */
const TICKET_ORDER = [
  'titles',
  'birthDate',
  'photoAtCounter',
  'currentCni',
  'currentPassport',
  'birthRecordDematerialized',
  'nationalityProvenByBirthRecord',
  'addressVerifiedOnline',
  'residence',
  'parentalAuthority',
  'usageName',
  'nameChanged',
  'passportPagesFull',
  'alternatingResidence',
  'bothAddresses',
  'preApplication',
] as const satisfies readonly (keyof Answers)[];
type Assert<T extends never> = T;
/**
 * Fails to compile, naming it, when an answer has no place in TICKET_ORDER.
 * @public exported so the compiler keeps checking it; nothing imports it.
 */
export type EveryAnswerPacked = Assert<Exclude<keyof Answers, (typeof TICKET_ORDER)[number]>>;

const PERSON = slotOf(z.strictObject(Object.fromEntries(TICKET_ORDER.map((key) => [key, answersSchema.shape[key]]))), '');

/** The layout as text, pinned per version by the tests. */
export function describeLayout(slot: Slot = PERSON): string {
  switch (slot.kind) {
    case 'optional':
      return `${describeLayout(slot.inner)}?`;
    case 'choice':
      return `${slot.path}:${slot.values.map(String).join('|')}`;
    case 'date':
      return `${slot.path}:date`;
    case 'int':
      return `${slot.path}:${slot.min}..${slot.max}`;
    case 'list':
      return `${slot.path}:[${describeLayout(slot.element)}]`;
    case 'object':
      return `{${slot.fields.map(([, s]) => describeLayout(s)).join(',')}}`;
  }
}

// ---- Mixed-radix digits ----------------------------------------------------

type Digit = [value: number, radix: number];

/** Days since 0001-01-01, the first date the schema accepts: the rules' own calendar, no Date object. */
const FIRST_DAY = daysSince1970('0001-01-01');
const dayNumber = (date: string): number => daysSince1970(date) - FIRST_DAY;
const dateOf = (day: number): string => dateOfDayNumber(FIRST_DAY + day);

function write(slot: Slot, value: unknown, out: Digit[]): void {
  switch (slot.kind) {
    case 'optional':
      out.push([value === undefined ? 0 : 1, 2]);
      if (value !== undefined) write(slot.inner, value, out);
      return;
    case 'choice': {
      const index = slot.values.indexOf(value);
      if (index < 0) throw new RangeError(`ticket-code: ${slot.path} has no value ${JSON.stringify(value)}`);
      out.push([index, slot.values.length]);
      return;
    }
    case 'date': {
      const day = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayNumber(value) : -1;
      if (!(day >= 0 && day < DATE_COUNT) || dateOf(day) !== value)
        throw new RangeError(`ticket-code: ${slot.path} is not a date: ${String(value)}`);
      out.push([day, DATE_COUNT]);
      return;
    }
    case 'int': {
      const n = value as number;
      if (!Number.isInteger(n) || n < slot.min || n > slot.max)
        throw new RangeError(`ticket-code: ${slot.path} out of range: ${String(value)}`);
      out.push([n - slot.min, slot.max - slot.min + 1]);
      return;
    }
    case 'list': {
      const items = value as unknown[];
      const most = slot.element.values.length;
      if (items.length > most) throw new RangeError(`ticket-code: ${slot.path} lists more than ${most} values`);
      out.push([items.length, most + 1]);
      for (const item of items) write(slot.element, item, out);
      return;
    }
    case 'object':
      for (const [key, field] of slot.fields) write(field, (value as Record<string, unknown>)[key], out);
  }
}

/** Reads digits back, least significant first, from the packed number. */
class Reader {
  constructor(private rest: bigint) {}
  take(radix: number): number {
    const r = BigInt(radix);
    const digit = Number(this.rest % r);
    this.rest /= r;
    return digit;
  }
  get done(): boolean {
    return this.rest === 0n;
  }
}

function read(slot: Slot, reader: Reader): unknown {
  switch (slot.kind) {
    case 'optional':
      return reader.take(2) === 0 ? undefined : read(slot.inner, reader);
    case 'choice':
      return slot.values[reader.take(slot.values.length)];
    case 'date':
      return dateOf(reader.take(DATE_COUNT));
    case 'int':
      return slot.min + reader.take(slot.max - slot.min + 1);
    case 'list':
      return Array.from({ length: reader.take(slot.element.values.length + 1) }, () => read(slot.element, reader));
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const [key, field] of slot.fields) {
        const value = read(field, reader);
        if (value !== undefined) result[key] = value;
      }
      return result;
    }
  }
}

// ---- Symbols and the check -------------------------------------------------

/** CRC-15/CAN over 5-bit symbols: versions 1 and 2, read only to tell an older ticket from a damaged one. */
function crc15(symbols: number[]): number {
  let crc = 0;
  for (const symbol of symbols) {
    for (let bit = 4; bit >= 0; bit -= 1) {
      const top = ((crc >> 14) & 1) ^ ((symbol >> bit) & 1);
      crc = (crc << 1) & 0x7fff;
      if (top) crc ^= 0x4599;
    }
  }
  return crc;
}

/** CRC-32 (IEEE 802.3, reflected) over bytes: every burst of up to 32 bits, so any one or two neighbouring symbols. */
function crc32(bytes: readonly number[]): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const symbolsOf = (text: string) => [...text].map((c) => TICKET_ALPHABET.indexOf(c));
const symbolText = (value: number, count: number) =>
  Array.from({ length: count }, (_, i) => TICKET_ALPHABET[Math.floor(value / 32 ** (count - 1 - i)) % 32]).join('');

/** The check symbols of a body (prefix, version, payload), by the rule of the body's version. */
function checkOf(body: string): string {
  const version = TICKET_ALPHABET.indexOf(body[TICKET_PREFIX.length] ?? '');
  if (version >= 0 && version <= LAST_CRC15_VERSION) return symbolText(crc15(symbolsOf(body)), 3);
  // Bound to the version and to the length: a dropped or added symbol changes what is checked, not only where.
  const payload = symbolsOf(body.slice(TICKET_PREFIX.length + 1));
  const bytes = [...TICKET_PREFIX].map((c) => c.charCodeAt(0));
  bytes.push(version & 0xff, (payload.length >> 8) & 0xff, payload.length & 0xff, ...payload);
  return symbolText(crc32(bytes), 7);
}

/** The ticket's code, for the QR: one unbroken run of symbols. */
export function encodeTicket(people: readonly Answers[]): string {
  if (people.length === 0 || people.length > MAX_TICKET_PEOPLE)
    throw new RangeError(`ticket-code: 1 to ${MAX_TICKET_PEOPLE} people, not ${people.length}`);
  if (people.some(unanswered)) throw new RangeError('ticket-code: every person needs at least one answer');
  const digits: Digit[] = [[people.length - 1, MAX_TICKET_PEOPLE]];
  for (const person of people) write(PERSON, person, digits);
  let packed = 0n;
  for (let i = digits.length - 1; i >= 0; i -= 1) packed = packed * BigInt(digits[i]![1]) + BigInt(digits[i]![0]);
  let payload = '';
  do {
    payload = TICKET_ALPHABET[Number(packed % 32n)] + payload;
    packed /= 32n;
  } while (packed > 0n);
  const body = `${TICKET_PREFIX}${TICKET_ALPHABET[TICKET_VERSION]}${payload}`;
  return signTicket(body);
}

/** A body followed by its check symbols (exported so tests can sign a well-formed code of another version). */
export function signTicket(body: string): string {
  return body + checkOf(body);
}

/** The same code in groups of four, printed for hand typing. */
export function groupTicket(code: string): string {
  return code.match(/.{1,4}/g)!.join(' ');
}

const unanswered = (person: Answers) => Object.keys(person).length === 0;

/** The reason, and its French sentence from the station catalog. */
const refuse = (reason: TicketError['reason'], values?: Record<string, string>): TicketDecode => ({
  ok: false,
  error: { reason, message: stationText(`ticket.refused.${reason}`, values) },
});

/**
 * Reads a scanned or typed code: spaces and dashes are ignored, lower case
 * is upper case, O reads 0 and I or L read 1 (Crockford). Never a wrong
 * visit: anything that does not check out is refused with its reason.
 */
export function decodeTicket(text: string): TicketDecode {
  const code = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code === '') return refuse('empty');
  if (!code.startsWith(TICKET_PREFIX)) return refuse('foreign');
  const bad = [...code].find((c) => !TICKET_ALPHABET.includes(c));
  if (bad !== undefined) return refuse('characters', { character: bad });
  const damaged = refuse('damaged');
  const version = TICKET_ALPHABET.indexOf(code[TICKET_PREFIX.length] ?? '');
  const checkSymbols = checkLength(version);
  if (code.length < TICKET_PREFIX.length + 2 + checkSymbols) return damaged;
  const body = code.slice(0, -checkSymbols);
  if (checkOf(body) !== code.slice(-checkSymbols)) return damaged;
  if (version < TICKET_VERSION) return refuse('older');
  if (version > TICKET_VERSION) return refuse('newer');
  let packed = 0n;
  for (const symbol of symbolsOf(body.slice(TICKET_PREFIX.length + 1))) packed = packed * 32n + BigInt(symbol);
  const reader = new Reader(packed);
  const count = reader.take(MAX_TICKET_PEOPLE) + 1;
  const people: Answers[] = [];
  for (let i = 0; i < count; i += 1) {
    const parsed = answersSchema.safeParse(read(PERSON, reader));
    if (!parsed.success) return damaged;
    if (unanswered(parsed.data)) return refuse('unanswered', { person: String(i + 1) });
    people.push(parsed.data);
  }
  return reader.done ? { ok: true, people } : damaged;
}
