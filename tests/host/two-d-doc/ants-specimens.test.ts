// Real 2D-Docs: the ANTS specification's specimens, signed by the ANTS test
// certificate FR00/0001 whose published certificate is in the fixtures
// (tests/fixtures/two-d-doc/README.md says where each came from). The parser
// reads them as their sources say; their signatures verify under that
// certificate's key, so the signed zone and the signature the parser cuts
// out are the issuer's. The authority FR00 that signed the certificate is
// not published, so no trust bundle can hold the chain: the station says
// « signature non vérifiable », with why, and never « valide ».
import { X509Certificate, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentTypeOf } from '../../../electron/common/two-d-doc/document-types.js';
import { parseTwoDDoc, type TwoDDoc } from '../../../electron/common/two-d-doc/format.js';
import { readTwoDDoc } from '../../../electron/services/two-d-doc/read.node.js';
import {
  BundleError,
  readTrustBundle,
  type TrustBundle,
  TRUST_BUNDLE_FORMAT,
} from '../../../electron/services/two-d-doc/trust-bundle.node.js';
import { bundleText, makeAuthority, makeIssuer } from '../../support/two-d-doc-pki.js';

const fixtures = new URL('../../fixtures/two-d-doc/', import.meta.url);
interface Specimen {
  name: string;
  code: string;
  expected: Omit<TwoDDoc['header'], never> & { fields: [string, string][] };
}
const { specimens } = JSON.parse(readFileSync(new URL('ants-specimens.json', fixtures), 'utf8')) as { specimens: Specimen[] };
const antsPem = readFileSync(new URL('ants-test-FR00-0001.pem', fixtures), 'utf8');
const ants = new X509Certificate(antsPem);
const today = new Date().toISOString().slice(0, 10);

const parsed = (code: string): TwoDDoc => {
  const result = parseTwoDDoc(code);
  if (!result.ok) throw new Error(`refused: ${result.issue}`);
  return result.doc;
};
/** ECDSA P-256 over the signed zone, as the specification signs it (SHA-256, r‖s). */
const signedByAnts = (doc: TwoDDoc): boolean =>
  verify('sha256', Buffer.from(doc.signedText, 'utf8'), { key: ants.publicKey, dsaEncoding: 'ieee-p1363' }, doc.signature);

let testBundle: TrustBundle;
beforeAll(() => {
  const ca = makeAuthority('FR98');
  testBundle = readTrustBundle(bundleText(today, [ca], [[ca, makeIssuer(ca, 'A001')]]), today);
});

describe('the ANTS specimens', () => {
  it('are three real codes, headers 02, 03 and 04, under the published test certificate FR00/0001', () => {
    expect(specimens.map((s) => s.expected.version)).toEqual(['02', '03', '04']);
    expect(ants.subject).toContain('CN=0001');
    expect(ants.issuer).toContain('CN=FR00');
    expect(ants.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  it.each(specimens.map((s) => [s.name, s] as const))('%s: the parser reads what the source says', (_name, specimen) => {
    const doc = parsed(specimen.code);
    const { fields, ...header } = specimen.expected;
    expect(doc.header).toEqual(header);
    expect(doc.fields.map((f) => [f.id, f.value])).toEqual(fields);
    expect(doc.fields.every((f) => !f.truncated)).toBe(true);
    expect(doc.annex).toEqual([]);
  });

  it.each(specimens.map((s) => [s.name, s] as const))(
    '%s: its signature is FR00/0001’s over the zone the parser cut',
    (_name, specimen) => {
      const doc = parsed(specimen.code);
      expect(doc.signature).toHaveLength(64);
      expect(signedByAnts(doc)).toBe(true);
      // One letter of the message changed: no longer that signature.
      const changed = parsed(specimen.code.replace('SPECIMEN', 'SPECIMEM').replace('SAMPLE', 'SAMPLF'));
      expect(signedByAnts(changed)).toBe(false);
    },
  );

  it.each(specimens.map((s) => [s.name, s] as const))('%s: « signature non vérifiable », never « valide »', (_name, specimen) => {
    for (const [bundle, why] of [
      [null, /Aucune liste de confiance/],
      [testBundle, /autorité de certification FR00 n’est pas dans la liste de confiance/],
    ] as const) {
      const { reading } = readTwoDDoc(specimen.code, { bundle, today, depositDate: today });
      expect(reading).toMatchObject({
        readable: true,
        authority: 'FR00',
        certificate: '0001',
        signature: { verdict: 'unverifiable', text: 'signature non vérifiable', why: expect.stringMatching(why) },
        tickable: false,
      });
    }
  });

  it('says what each is: a proof of address, a bill, a bailiff’s deed that proves no address', () => {
    expect(specimens.map((s) => documentTypeOf(s.expected.perimeter, s.expected.documentType))).toEqual([
      { label: 'Justificatif de domicile', kind: 'proof' },
      { label: 'Facture (énergie, eau, téléphone ou internet)', kind: 'proof' },
      { label: 'Acte d’huissier', kind: 'not-a-proof' },
    ]);
  });

  it('cannot be made « valide » by listing the real certificate under another authority: the import checks the chain', () => {
    const ca = makeAuthority('FR00');
    const text = JSON.stringify({
      format: TRUST_BUNDLE_FORMAT,
      issuedOn: today,
      source: 'test: the ANTS test certificate under an authority that did not sign it',
      authorities: [{ id: 'FR00', certificate: ca.pem }],
      issuers: [{ authority: 'FR00', id: '0001', certificate: antsPem }],
    });
    expect(() => readTrustBundle(text, today)).toThrow(BundleError);
    expect(() => readTrustBundle(text, today)).toThrow(/not-issued-by-authority/);
  });
});
