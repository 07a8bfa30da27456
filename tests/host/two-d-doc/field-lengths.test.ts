// The data fields' lengths that the one-off cross-check with an independent
// decoder (README, « Le 2D-Doc ») found wrong or missing: a fixed field needs
// no GS, so a wrong length shifts every field after it, and a name could be
// shown under another label.
import { describe, expect, it } from 'vitest';
import { GS, US, encodeBase32, parseTwoDDoc } from '../../../electron/common/two-d-doc/format.js';

// Header 04: authority FR98, certificate A001, dates, type 01, perimeter 01, country FR.
const HEADER = 'DC04FR98A0012649264901' + '01FR';
const SIGNATURE = encodeBase32(new Uint8Array(64).fill(7));
const fieldsOf = (message: string): [string, string][] => {
  const result = parseTwoDDoc(`${HEADER}${message}${US}${SIGNATURE}`);
  if (!result.ok) throw new Error(`refused: ${result.issue}`);
  return result.doc.fields.map((f) => [f.id, f.value]);
};

describe('2D-Doc field lengths', () => {
  it('reads the association date (06) as four hex digits and the document UUID (0D) as 36 characters, both without GS', () => {
    expect(fieldsOf(`0D123E4567-E89B-12D3-A456-426614174000061F400712300010MME/TEST${GS}26FR`)).toEqual([
      ['0D', '123E4567-E89B-12D3-A456-426614174000'],
      ['06', '1F40'],
      ['07', '123000'],
      ['10', 'MME/TEST'],
      ['26', 'FR'],
    ]);
  });

  it('reads a bailiff’s deed’s date (96) as eight characters, so the next name is its own field', () => {
    expect(fieldsOf(`94SAISIE${GS}962111201791MME/TEST${GS}`)).toEqual([
      ['94', 'SAISIE'],
      ['96', '21112017'],
      ['91', 'MME/TEST'],
    ]);
  });

  it('ends the number of parts (43) at five characters and the reference income (41) at twelve, as their maximum', () => {
    expect(fieldsOf('4312,504100000004200045202546DUPONT JEAN')).toEqual([
      ['43', '12,50'],
      ['41', '000000042000'],
      ['45', '2025'],
      ['46', 'DUPONT JEAN'],
    ]);
  });

  it('keeps a field written at its maximum whole, with no GS after it', () => {
    const name = `MME/${'N'.repeat(34)}`;
    expect(fieldsOf(`10${name}2475001`)).toEqual([
      ['10', name],
      ['24', '75001'],
    ]);
  });
});
