// A 2D-Doc verified on the host, against a test PKI made by openssl (P-256
// and P-384): each header version signed and accepted; every refusal with
// its reason; 10,000 random and mutated codes that never crash the reader
// nor come out « signature valide ».
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../rules/index.js';
import { GS } from '../../../electron/common/two-d-doc/format.js';
import { readTwoDDoc, type ReadContext } from '../../../electron/services/two-d-doc/read.node.js';
import { BundleError, readTrustBundle, type TrustBundle } from '../../../electron/services/two-d-doc/trust-bundle.node.js';
import {
  CANARY_NAME,
  CANARY_STREET,
  bundleText,
  makeAuthority,
  makeIssuer,
  signedCode,
  type CodeOptions,
  type TestCertificate,
} from '../../support/two-d-doc-pki.js';

// The certificates are made now, valid from today: the codes are dated around the real today.
const today = new Date().toISOString().slice(0, 10);
const month = addDays(today, -30);

let ca256: TestCertificate, ca384: TestCertificate, stranger: TestCertificate;
let edf: TestCertificate, water: TestCertificate, unlisted: TestCertificate, foreign: TestCertificate, shortLived: TestCertificate;
let bundle: TrustBundle;

beforeAll(() => {
  ca256 = makeAuthority('FR98', 'P-256');
  ca384 = makeAuthority('FR99', 'P-384');
  stranger = makeAuthority('FR97', 'P-256');
  edf = makeIssuer(ca256, 'A001', { organisation: 'ENERGIE TEST' });
  water = makeIssuer(ca384, 'B001', { organisation: 'EAU TEST' });
  unlisted = makeIssuer(ca256, 'A002');
  foreign = makeIssuer(stranger, 'C001');
  shortLived = makeIssuer(ca256, 'A003', { days: 1 });
  bundle = readTrustBundle(
    bundleText(
      today,
      [ca256, ca384],
      [
        [ca256, edf],
        [ca384, water],
        [ca256, shortLived],
      ],
    ),
    today,
  );
});

const context = (over: Partial<ReadContext> = {}): ReadContext => ({ bundle, today, depositDate: today, ...over });
const bill = (over: Partial<CodeOptions> = {}): string =>
  signedCode({ authority: ca256, issuer: edf, emittedOn: month, signedOn: today, ...over });
const read = (code: string, over: Partial<ReadContext> = {}) => readTwoDDoc(code, context(over)).reading;

describe('2D-Doc verification', () => {
  it.each(['01', '02', '03', '04'] as const)('accepts a P-256 bill and a P-384 bill with header %s', (version) => {
    for (const [authority, issuer] of [
      [ca256, edf],
      [ca384, water],
    ] as const) {
      const reading = read(bill({ version, authority, issuer }));
      expect(reading).toMatchObject({
        readable: true,
        version,
        documentType: 'Facture (énergie, eau, téléphone ou internet)',
        authority: authority.id,
        certificate: issuer.id,
        emittedOn: month,
        signature: { verdict: 'valid', text: 'signature valide' },
        age: { verdict: 'accepted' },
        tickable: true,
      });
      if (!reading.readable) throw new Error('unreadable');
      expect(reading.issuer).toContain(`CN=${issuer.id}`);
      expect(reading.age.text).toMatch(/^moins d’un an\u00a0: accepté \(émis le \d\d\/\d\d\/\d{4}, 30 jours avant le dépôt du /);
      expect(reading.lines.map((l) => l.value)).toEqual([CANARY_NAME, CANARY_STREET, '75001', 'CANARIVILLE']);
    }
  });

  it('accepts a proof of address made for it (type 00) through the wedge’s spelled-out separators', () => {
    const code = bill({ type: '00' }).replaceAll(GS, '<GS>').replace('\u001f', '<US>');
    expect(read(code)).toMatchObject({ documentType: 'Justificatif de domicile', signature: { verdict: 'valid' }, tickable: true });
  });

  it('says « document modifié ou faux » when one character is changed', () => {
    const code = bill().replace('CANARIVILLE', 'CANARIVILLF');
    expect(read(code)).toMatchObject({
      signature: { verdict: 'forged', text: 'document modifié ou faux', why: expect.stringContaining('ne correspond pas') },
      tickable: false,
    });
  });

  it('says « document modifié ou faux » when a signature byte is changed', () => {
    const code = bill();
    const at = code.length - 10;
    const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    expect(read(changed)).toMatchObject({ signature: { verdict: 'forged' }, tickable: false });
  });

  it.each([
    ['no trust bundle', () => read(bill(), { bundle: null }), /Aucune liste de confiance/],
    [
      'an authority not in the bundle',
      () => read(bill({ authority: stranger, issuer: foreign })),
      /autorité de certification FR97 n’est pas/,
    ],
    ['a certificate not in the bundle', () => read(bill({ issuer: unlisted })), /certificat A002 de l’autorité FR98 n’est pas/],
    [
      'a certificate expired on the signature date',
      () =>
        read(bill({ issuer: shortLived, emittedOn: addDays(today, 5), signedOn: addDays(today, 5) }), {
          depositDate: addDays(today, 6),
          today: addDays(today, 6),
        }),
      /n’était pas valable à la date de signature/,
    ],
    ['a bundle older than 30 days', () => read(bill(), { today: addDays(today, 31) }), /plus de 30 jours/],
  ])('says « signature non vérifiable » with %s', (_, reading, why) => {
    const result = reading();
    expect(result).toMatchObject({
      readable: true,
      signature: { verdict: 'unverifiable', text: 'signature non vérifiable' },
      tickable: false,
    });
    if (result.readable) expect(result.signature.why).toMatch(why);
  });

  it('refuses a truncated code and a wrong header, with their reason', () => {
    const code = bill();
    expect(read(code.slice(0, 20))).toEqual({ readable: false, why: expect.stringContaining('l’en-tête est coupé') });
    expect(read(code.slice(0, code.indexOf('\u001f')))).toEqual({ readable: false, why: expect.stringContaining('la signature manque') });
    expect(read(code.replace(/^DC04/, 'DC07'))).toEqual({ readable: false, why: expect.stringContaining('versions 01 à 04') });
    expect(read(code.replace(/^DC04FR98/, 'DC04fr98'))).toEqual({ readable: false, why: expect.stringContaining('En-tête illisible') });
  });

  it('says in plain French when the code read is not a 2D-Doc at all (another QR code, a ticket, a URL)', () => {
    for (const other of ['https://example.fr/facture/123', 'ABC-123', '']) {
      const reading = read(other);
      expect(reading).toEqual({ readable: false, why: expect.stringMatching(/^Ce code n’est pas un 2D-Doc\./) });
      if (!reading.readable) expect(reading.why).not.toMatch(/DC|en-tête|\bparse/i);
    }
  });

  it('refuses a document dated after the deposit, even well signed', () => {
    const reading = read(bill({ emittedOn: addDays(today, 3), signedOn: today }));
    expect(reading).toMatchObject({ signature: { verdict: 'valid' }, age: { verdict: 'refused' }, tickable: false });
    if (reading.readable) expect(reading.age.text).toMatch(/postérieure au dépôt/);
  });

  it('refuses a document that is not a proof of address (a pay slip)', () => {
    const reading = read(bill({ type: '06' }));
    expect(reading).toMatchObject({ documentType: 'Bulletin de salaire', signature: { verdict: 'valid' }, tickable: false });
    if (reading.readable) expect(reading.age.text).toBe('Bulletin de salaire\u00a0: ce n’est pas un justificatif de domicile, refusé');
  });

  it('judges the age on the deposit date: accepted the day before the year is out, refused on the day', () => {
    const emittedOn = '2025-12-10';
    const code = (deposit: string) => read(bill({ emittedOn, signedOn: today }), { depositDate: deposit });
    // Signed today, so deposit dates before today would read as "signed after the deposit": judge on later days.
    const yearOut = '2026-12-10';
    if (today <= '2026-12-09') {
      expect(code('2026-12-09')).toMatchObject({ age: { verdict: 'accepted' } });
      expect(code(yearOut)).toMatchObject({ age: { verdict: 'refused', text: expect.stringMatching(/^plus d’un an\u00a0: refusé/) } });
    }
    expect(read(bill({ emittedOn: null }))).toMatchObject({ age: { verdict: 'unknown' }, tickable: false });
  });

  it('refuses a tax notice as the rules say on the deposit date (refused since 07/10/2025)', () => {
    const reading = read(bill({ type: '04' }));
    expect(reading).toMatchObject({ documentType: 'Avis d’impôt sur les revenus', age: { verdict: 'refused' }, tickable: false });
    if (reading.readable) expect(reading.age.text).toContain('depuis le 07/10/2025');
  });

  it('never shows the unsigned annex as the document’s lines', () => {
    const reading = read(bill({ annex: `13INTRUS${GS}` }));
    expect(reading).toMatchObject({ signature: { verdict: 'valid' } });
    if (reading.readable) expect(reading.lines.map((l) => l.value)).not.toContain('INTRUS');
  });
});

describe('2D-Doc trust bundle import', () => {
  it('refuses an issuer certificate its authority did not sign, and a file that is not a bundle', () => {
    const forged = bundleText(today, [ca256], [[ca256, foreign]]);
    expect(() => readTrustBundle(forged, today)).toThrow(BundleError);
    expect(() => readTrustBundle(forged, today)).toThrow(/not-issued-by-authority/);
    expect(() => readTrustBundle('{', today)).toThrow(/not-json/);
    expect(() => readTrustBundle('{}', today)).toThrow(/not-a-bundle/);
    expect(() => readTrustBundle(bundleText(today, [edf], []), today)).toThrow(/not-an-authority/);
  });
});

describe('2D-Doc reader under random and mutated input', () => {
  it('never crashes and never says « signature valide » on 10,000 random or mutated codes', () => {
    const good = bill();
    const mutated = fc
      .tuple(fc.nat(good.length - 1), fc.nat(good.length - 1), fc.string({ maxLength: 3 }), fc.integer({ min: 1, max: 4 }))
      .map(([at, to, insert, kind]) => {
        if (kind === 1) return good.slice(0, at) + insert + good.slice(at + 1);
        if (kind === 2) return good.slice(0, Math.min(at, to)) + good.slice(Math.max(at, to));
        if (kind === 3) return good.slice(0, at) + insert + good.slice(at);
        return good.slice(0, at);
      })
      .filter((code) => code !== good);
    const random = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: fc.constantFrom(...'DC0123456789ABCDEFRGSU<>^]_\u001d\u001e\u001f'), maxLength: 300 }),
    );
    fc.assert(
      fc.property(fc.oneof(mutated, random), (code) => {
        const reading = read(code);
        if (reading.readable) expect(reading.signature.verdict).not.toBe('valid');
      }),
      { numRuns: 10_000 },
    );
  });
});
