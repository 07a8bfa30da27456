// The 2D-Doc format (ANTS / France Titres, « Spécifications techniques des
// codes à barres 2D-Doc », version 3.3.9 of 24/07/2026: § 2 header and
// message, annex 6.1 document types of perimeter 01). It is a format, not a
// rule, and both sides need it: the renderer to show what a code says before
// the host answers, the host to verify the signed bytes. So it lives in the
// shared layer: pure ECMAScript, no clock (dates are days since 2000-01-01,
// turned into ISO dates with the rules' calendar arithmetic), no crypto.
//
// A code reads:  header · message · US · signature [· GS · annex]
//   header 01/02: DC vv AAAA CCCC EEEE SSSS TT            (22 characters)
//   header 03:    DC vv AAAA CCCC EEEE SSSS TT PP         (24)
//   header 04:    DC vv AAAA CCCC EEEE SSSS TT PP NN      (26)
// AAAA the certification authority, CCCC the issuer's certificate, EEEE and
// SSSS the emission and signature dates (hex days since 2000-01-01, FFFF
// none), TT the document type, PP its perimeter (01 before version 03), NN
// the issuing country. The message is data fields, each a two-character
// identifier and its value: fixed length, or variable and ended by GS (or
// by RS when the issuer truncated it, or by the end of the message). The
// signature (ECDSA r‖s) is base 32 (RFC 4648) over header + message; the
// annex after it is not signed and is never shown as proven.
import { addDays, type IsoDate } from '../../../rules/index.js';
import { FIELDS } from './fields.js';

export const GS = '\u001d';
export const RS = '\u001e';
export const US = '\u001f';

export type HeaderVersion = '01' | '02' | '03' | '04';
const HEADER_LENGTH: Record<HeaderVersion, number> = { '01': 22, '02': 22, '03': 24, '04': 26 };

export interface TwoDDocHeader {
  version: HeaderVersion;
  /** The certification authority's identifier (e.g. FR03). */
  authority: string;
  /** The issuer's certificate identifier under that authority. */
  certificate: string;
  /** Null when the code says FFFF (no emission date). */
  emittedOn: IsoDate | null;
  signedOn: IsoDate | null;
  documentType: string;
  perimeter: string;
  /** Version 04 only. */
  country: string | null;
}

export interface TwoDDocField {
  id: string;
  value: string;
  /** The issuer cut the value short (RS). */
  truncated: boolean;
}

export interface TwoDDoc {
  header: TwoDDocHeader;
  fields: TwoDDocField[];
  /** The signed text: header and message, as the issuer signed it. */
  signedText: string;
  /** The signature's bytes (r‖s): 64 for P-256, 96 for P-384. */
  signature: Uint8Array;
  /** The unsigned annex's fields, if any. */
  annex: TwoDDocField[];
}

/** Why a text is not a 2D-Doc the station can read; each has its French sentence in the station's catalog. */
export type TwoDDocFormatIssue =
  | 'not-2d-doc'
  | 'unknown-version'
  | 'truncated-header'
  | 'bad-header'
  | 'bad-date'
  | 'no-signature'
  | 'bad-signature-encoding'
  | 'bad-field';

export type TwoDDocParse = { ok: true; doc: TwoDDoc } | { ok: false; issue: TwoDDocFormatIssue };

/** The longest code read: a DataMatrix holds at most 1,556 bytes; anything longer is not a 2D-Doc. */
export const MAX_CODE_LENGTH = 1600;

const ID = /^[0-9A-Z]{2}$/;
const AUTHORITY = /^[0-9A-Z]{4}$/;
const HEX_DAYS = /^[0-9A-F]{4}$/;

/** Days since 2000-01-01 in hex; FFFF is "no date". */
export function dayOf(hex: string): IsoDate | null | 'bad' {
  if (!HEX_DAYS.test(hex)) return 'bad';
  if (hex === 'FFFF') return null;
  return addDays('2000-01-01', parseInt(hex, 16));
}

/** Reads a code's text (already freed of a scanner's substitutes, wedge.ts). Never throws. */
export function parseTwoDDoc(text: string): TwoDDocParse {
  if (text.length > MAX_CODE_LENGTH || !text.startsWith('DC')) return { ok: false, issue: 'not-2d-doc' };
  const version = text.slice(2, 4);
  if (!Object.hasOwn(HEADER_LENGTH, version)) return { ok: false, issue: text.length < 4 ? 'truncated-header' : 'unknown-version' };
  const length = HEADER_LENGTH[version as HeaderVersion];
  if (text.length < length) return { ok: false, issue: 'truncated-header' };
  const head = text.slice(0, length);
  const authority = head.slice(4, 8);
  const certificate = head.slice(8, 12);
  const documentType = head.slice(20, 22);
  const perimeter = length >= 24 ? head.slice(22, 24) : '01';
  const country = length >= 26 ? head.slice(24, 26) : null;
  if (!AUTHORITY.test(authority) || !AUTHORITY.test(certificate) || !ID.test(documentType) || !/^\d{2}$/.test(perimeter)) {
    return { ok: false, issue: 'bad-header' };
  }
  if (country !== null && !/^[A-Z]{2}$/.test(country)) return { ok: false, issue: 'bad-header' };
  const emittedOn = dayOf(head.slice(12, 16));
  const signedOn = dayOf(head.slice(16, 20));
  if (emittedOn === 'bad' || signedOn === 'bad') return { ok: false, issue: 'bad-date' };

  const rest = text.slice(length);
  const unitAt = rest.indexOf(US);
  if (unitAt < 0) return { ok: false, issue: 'no-signature' };
  const message = rest.slice(0, unitAt);
  const tail = rest.slice(unitAt + 1);
  const annexAt = tail.indexOf(GS);
  const signature = decodeBase32(annexAt < 0 ? tail : tail.slice(0, annexAt));
  if (!signature || signature.length === 0) return { ok: false, issue: 'bad-signature-encoding' };
  const fields = readFields(message);
  const annex = annexAt < 0 ? [] : readFields(tail.slice(annexAt + 1));
  if (!fields || !annex) return { ok: false, issue: 'bad-field' };
  return {
    ok: true,
    doc: {
      header: { version: version as HeaderVersion, authority, certificate, emittedOn, signedOn, documentType, perimeter, country },
      fields,
      signedText: head + message,
      signature,
      annex,
    },
  };
}

/** The data fields of a message or annex; null when one is malformed (an identifier out of the alphabet, a fixed field cut short). */
export function readFields(zone: string): TwoDDocField[] | null {
  const fields: TwoDDocField[] = [];
  let at = 0;
  while (at < zone.length) {
    // A GS after a field that needed none (fixed, or at its maximum) is tolerated, as issuers write it.
    if (zone[at] === GS) {
      at += 1;
      continue;
    }
    const id = zone.slice(at, at + 2);
    if (!ID.test(id)) return null;
    at += 2;
    const spec = FIELDS[id];
    if (spec && spec.min === spec.max) {
      const value = zone.slice(at, at + spec.max);
      if (value.length < spec.max || /[\u001d-\u001f]/.test(value)) return null;
      fields.push({ id, value, truncated: false });
      at += spec.max;
      continue;
    }
    const max = spec?.max ?? Infinity;
    let end = at;
    while (end < zone.length && end - at < max && zone[end] !== GS && zone[end] !== RS) end += 1;
    const truncated = zone[end] === RS;
    fields.push({ id, value: zone.slice(at, end), truncated });
    at = end < zone.length && (zone[end] === GS || zone[end] === RS) ? end + 1 : end;
  }
  return fields;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base 32, padding optional; null on a character outside the alphabet, an impossible length or non-zero trailing bits. */
export function decodeBase32(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 8 === 1 || clean.length % 8 === 3 || clean.length % 8 === 6) return null;
  const bytes = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (const char of clean) {
    const value = BASE32.indexOf(char);
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[out] = (buffer >> bits) & 0xff;
      out += 1;
    }
  }
  // Canonical only: the unused trailing bits are zero, so one signature has one spelling (a changed last letter is a changed code).
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return bytes;
}

/** The inverse, unpadded, as issuers print it: the tests sign their codes with it. */
export function encodeBase32(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += BASE32[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) text += BASE32[(buffer << (5 - bits)) & 31];
  return text;
}
