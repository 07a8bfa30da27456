// The authorities a trust bundle may name, as the ANTS trust-service list
// has them: some sign themselves (FR01, FR02), others are signed by their
// operator's root (FR03 under Certigna Root CA, FR04 under AriadNEXT Root CA
// G2, in the list's copy of 2018 in fili2b/2Ddoc-checking). Both must import,
// and a code their issuers signed reads « signature valide »; a certificate
// that is no certification authority is still refused.
import { describe, expect, it } from 'vitest';
import { readTwoDDoc } from '../../../electron/services/two-d-doc/read.node.js';
import { readTrustBundle } from '../../../electron/services/two-d-doc/trust-bundle.node.js';
import { bundleText, makeAuthority, makeIssuer, signedCode } from '../../support/two-d-doc-pki.js';

const today = new Date().toISOString().slice(0, 10);

describe('2D-Doc trust bundle authorities', () => {
  it('imports an authority signed by its operator’s root, and verifies its issuers’ codes', () => {
    const root = makeAuthority('ROOT');
    const authority = { ...makeIssuer(root, 'FR93', { ca: true }), id: 'FR93' };
    const issuer = makeIssuer(authority, 'EDF1');
    const bundle = readTrustBundle(bundleText(today, [authority], [[authority, issuer]]), today);
    const code = signedCode({ authority, issuer, emittedOn: today, signedOn: today });
    expect(readTwoDDoc(code, { bundle, today, depositDate: today }).reading).toMatchObject({
      signature: { verdict: 'valid', text: 'signature valide' },
    });
  });

  it('still refuses, as an authority, a certificate that is no certification authority', () => {
    const root = makeAuthority('FR92');
    const leaf = makeIssuer(root, 'FR91');
    expect(() => readTrustBundle(bundleText(today, [leaf], []), today)).toThrow(/not-an-authority/);
  });
});
