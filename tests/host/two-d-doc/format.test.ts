// The 2D-Doc format, on the specification's own sample (a proof of address,
// header 03) and on codes the tests build: header versions 01 to 04, dates,
// fixed and variable fields, GS and the truncation marker, the signature's
// base 32 and the annex; the scanner's substitutes on AZERTY and QWERTY.
import { X509Certificate, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentTypeOf } from '../../../electron/common/two-d-doc/document-types.js';
import { GS, RS, US, dayOf, decodeBase32, encodeBase32, parseTwoDDoc, type TwoDDoc } from '../../../electron/common/two-d-doc/format.js';
import { controlForKey, fromWedge } from '../../../electron/common/two-d-doc/wedge.js';

/**
 * « Spécifications techniques des codes à barres 2D-Doc » (ANTS / France
 * Titres), annexe des exemples, « Justificatif de domicile (code 00) »: the
 * code as printed (with <GS>/<US> spelled out), the values the specification
 * lists for it, and the signature's bytes it gives. Transcribed from the
 * public specification; its signature is checked under the ANTS test
 * certificate FR00/0001 in tests/fixtures/two-d-doc/ (ants-specimens.test.ts
 * checks the other specimens and their verdict).
 */
const SPEC_SAMPLE =
  'DC03FR000001123F1636000126FR245700010MLLE/SAMPLE/ANGELA<GS>20<GS>21BAT 2 ETG 3<GS>227 PLACE DES SPECIMENS<GS>23<GS>25METZ<GS><US>' +
  '3HJIYP3OAJ4LIZNQXCTZMNQPTT5C2XICTEF4UGJ3NDE2CWM7HJOEEK4ACIY4CZOO5ZOFG35APDZMZQFEAEBWRZTW4CBPG35JE2FJ4EY';
const SPEC_SIGNATURE =
  'D9D28C3F6E0278B465B0B8A796360F9CFA2D5D02990BCA193B68C9A1599F3A5C422B801231C165CEEE5C536FA078F2CCC0A4010368E676E082F36FA9268A9E13';

const parsed = (text: string): TwoDDoc => {
  const result = parseTwoDDoc(text);
  if (!result.ok) throw new Error(`refused: ${result.issue}`);
  return result.doc;
};

describe('2D-Doc format', () => {
  it('reads the specification’s proof-of-address sample as the specification decodes it', () => {
    const doc = parsed(fromWedge(SPEC_SAMPLE));
    expect(doc.header).toEqual({
      version: '03',
      authority: 'FR00',
      certificate: '0001',
      emittedOn: '2012-10-15',
      signedOn: '2015-07-27',
      documentType: '00',
      perimeter: '01',
      country: null,
    });
    expect(doc.fields.map((f) => [f.id, f.value])).toEqual([
      ['26', 'FR'],
      ['24', '57000'],
      ['10', 'MLLE/SAMPLE/ANGELA'],
      ['20', ''],
      ['21', 'BAT 2 ETG 3'],
      ['22', '7 PLACE DES SPECIMENS'],
      ['23', ''],
      ['25', 'METZ'],
    ]);
    expect(Buffer.from(doc.signature).toString('hex').toUpperCase()).toBe(SPEC_SIGNATURE);
    expect(doc.signedText.endsWith(`25METZ${GS}`)).toBe(true);
    const ants = new X509Certificate(readFileSync(new URL('../../fixtures/two-d-doc/ants-test-FR00-0001.pem', import.meta.url)));
    expect(verify('sha256', Buffer.from(doc.signedText), { key: ants.publicKey, dsaEncoding: 'ieee-p1363' }, doc.signature)).toBe(true);
    expect(documentTypeOf(doc.header.perimeter, doc.header.documentType)).toEqual({ label: 'Justificatif de domicile', kind: 'proof' });
  });

  it.each([
    ['01', 22, '01', null],
    ['02', 22, '01', null],
    ['03', 24, '01', null],
    ['04', 26, '01', 'FR'],
  ] as const)('reads header version %s (%i characters)', (version, length, perimeter, country) => {
    const header = `DC${version}FR030001${'2345'}${'2346'}01${version >= '03' ? '01' : ''}${version === '04' ? 'FR' : ''}`;
    expect(header).toHaveLength(length);
    const doc = parsed(`${header}2475001${US}AAAAAAAA`);
    expect(doc.header).toMatchObject({ version, authority: 'FR03', certificate: '0001', documentType: '01', perimeter, country });
    expect(doc.header.emittedOn).toBe('2024-09-20');
    expect(doc.fields).toEqual([{ id: '24', value: '75001', truncated: false }]);
  });

  it('reads dates as days since 2000-01-01 in hex, FFFF meaning none', () => {
    expect(dayOf('0000')).toBe('2000-01-01');
    expect(dayOf('123F')).toBe('2012-10-15');
    expect(dayOf('FFFF')).toBeNull();
    expect(dayOf('12G4')).toBe('bad');
    expect(parseTwoDDoc(`DC04FR030001FFFF234601${'01'}FR${US}AAAAAAAA`)).toMatchObject({ ok: true, doc: { header: { emittedOn: null } } });
  });

  it('splits fixed and variable fields, with GS, at the maximum length, and marks a truncated value', () => {
    const long = 'A'.repeat(38);
    const doc = parsed(`DC04FR0300012345234601${'01'}FR26FR10${long}22SHORT${RS}2475001${US}AAAAAAAA`);
    expect(doc.fields).toEqual([
      { id: '26', value: 'FR', truncated: false },
      // At its 38-character maximum a variable field needs no GS.
      { id: '10', value: long, truncated: false },
      { id: '22', value: 'SHORT', truncated: true },
      { id: '24', value: '75001', truncated: false },
    ]);
  });

  it('keeps the annex apart from the signed message', () => {
    const doc = parsed(`DC04FR0300012345234601${'01'}FR2475001${US}AAAAAAAA${GS}10ANNEXE`);
    expect(doc.signedText).toBe(`DC04FR0300012345234601${'01'}FR2475001`);
    expect(doc.fields.map((f) => f.id)).toEqual(['24']);
    expect(doc.annex).toEqual([{ id: '10', value: 'ANNEXE', truncated: false }]);
  });

  it.each([
    ['', 'not-2d-doc'],
    ['HELLO', 'not-2d-doc'],
    ['DC', 'truncated-header'],
    ['DC09FR0300012345234601', 'unknown-version'],
    ['DC04FR03000123452346', 'truncated-header'],
    [`DC04fr0300012345234601${'01'}FR${US}AAAAAAAA`, 'bad-header'],
    [`DC04FR030001234Z234601${'01'}FR${US}AAAAAAAA`, 'bad-date'],
    [`DC04FR0300012345234601${'01'}FR2475001`, 'no-signature'],
    [`DC04FR0300012345234601${'01'}FR2475001${US}`, 'bad-signature-encoding'],
    [`DC04FR0300012345234601${'01'}FR2475001${US}AB1`, 'bad-signature-encoding'],
    [`DC04FR0300012345234601${'01'}FR24750${US}AAAAAAAA`, 'bad-field'],
    [`DC04FR0300012345234601${'01'}FR%%X${US}AAAAAAAA`, 'bad-field'],
  ])('refuses %j: %s', (text, issue) => {
    expect(parseTwoDDoc(text)).toEqual({ ok: false, issue });
  });

  it('round-trips base 32 (RFC 4648, unpadded)', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 63, 64, 96]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
      expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
    }
    expect(encodeBase32(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI');
    expect(decodeBase32('MZXW6YTBOI======')).toEqual(new TextEncoder().encode('foobar'));
  });
});

describe('2D-Doc through a keyboard-wedge scanner', () => {
  it.each([
    ['controls as such', `A${GS}B${RS}C${US}D`],
    ['control pictures', 'A\u241dB\u241eC\u241fD'],
    ['bracketed names', 'A<GS>B<RS>C<US>D'],
    ['braced names, lower case', 'A{gs}B{rs}C{us}D'],
    ['caret notation', 'A^]B^^C^_D'],
  ])('turns %s back into the controls, and drops the final Enter', (_, typed) => {
    expect(fromWedge(`${typed}\r\n`)).toBe(`A${GS}B${RS}C${US}D`);
  });

  it.each([
    ['QWERTY Ctrl+]', { key: ']', code: 'BracketRight' }, GS],
    ['AZERTY Ctrl+$ (the same key)', { key: '$', code: 'BracketRight' }, GS],
    ['QWERTY Ctrl+Shift+- (_)', { key: '_', code: 'Minus' }, US],
    ['AZERTY Ctrl+8 (_)', { key: '_', code: 'Digit8' }, US],
    ['QWERTY Ctrl+Shift+6 (^)', { key: '^', code: 'Digit6' }, RS],
    ['AZERTY Ctrl+^ (dead key)', { key: 'Dead', code: 'BracketLeft' }, RS],
  ])('reads %s as its control', (_, key, control) => {
    expect(controlForKey({ ctrlKey: true, ...key })).toBe(control);
    expect(controlForKey({ ctrlKey: false, ...key })).toBeNull();
  });

  it('leaves other chords alone', () => {
    expect(controlForKey({ ctrlKey: true, key: 'v', code: 'KeyV' })).toBeNull();
    expect(controlForKey({ ctrlKey: true, key: 'a', code: 'KeyQ' })).toBeNull();
  });
});

describe('2D-Doc signature spelling', () => {
  it('refuses a base 32 whose unused trailing bits are set: one signature, one spelling', () => {
    // "MY" is 0x66 with two zero bits left over; "MZ" sets one of them.
    expect(decodeBase32('MY')).toEqual(Uint8Array.of(0x66));
    expect(decodeBase32('MZ')).toBeNull();
  });
});
