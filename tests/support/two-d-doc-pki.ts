// A test public-key infrastructure for 2D-Doc: certification authorities and
// issuer certificates made by the openssl command line (Debian's), on P-256
// and P-384, and 2D-Docs signed with node:crypto as an issuer signs them.
// Nothing here is a real ANTS key: the trust bundles built from it are for
// the tests only.
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { encodeBase32, GS, US, type HeaderVersion } from '../../electron/common/two-d-doc/format.js';
import { TRUST_BUNDLE_FORMAT, type TrustBundleFile } from '../../electron/services/two-d-doc/trust-bundle.node.js';

export type Curve = 'P-256' | 'P-384';
const OPENSSL_CURVE: Record<Curve, string> = { 'P-256': 'prime256v1', 'P-384': 'secp384r1' };

export interface TestCertificate {
  id: string;
  pem: string;
  key: KeyObject;
  curve: Curve;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A self-signed certification authority (CA:true), valid ten years from now. */
export function makeAuthority(id: string, curve: Curve = 'P-256'): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'two-d-doc-ca-'));
  try {
    openssl(dir, ['ecparam', '-name', OPENSSL_CURVE[curve], '-genkey', '-noout', '-out', 'ca.key']);
    openssl(dir, [
      'req',
      '-new',
      '-x509',
      '-key',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '3650',
      '-subj',
      `/C=FR/O=AC TEST 2D-DOC/CN=${id}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    return { id, pem: readFileSync(join(dir, 'ca.pem'), 'utf8'), key: createPrivateKey(readFileSync(join(dir, 'ca.key'))), curve };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An issuer's signing certificate, signed by the authority, valid `days` from now. */
export function makeIssuer(
  authority: TestCertificate,
  id: string,
  options: { curve?: Curve; days?: number; organisation?: string; ca?: boolean } = {},
): TestCertificate {
  const curve = options.curve ?? authority.curve;
  const dir = mkdtempSync(join(tmpdir(), 'two-d-doc-issuer-'));
  try {
    writeFileSync(join(dir, 'ca.pem'), authority.pem);
    writeFileSync(join(dir, 'ca.key'), authority.key.export({ type: 'pkcs8', format: 'pem' }));
    // `ca`: a certification authority signed by another (as the ANTS list's FR03 under Certigna's root), not an issuer.
    const ext = options.ca
      ? 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n'
      : 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n';
    writeFileSync(join(dir, 'ext.cnf'), ext);
    openssl(dir, ['ecparam', '-name', OPENSSL_CURVE[curve], '-genkey', '-noout', '-out', 'issuer.key']);
    openssl(dir, [
      'req',
      '-new',
      '-key',
      'issuer.key',
      '-out',
      'issuer.csr',
      '-subj',
      `/C=FR/O=${options.organisation ?? 'ENERGIE TEST'}/CN=${id}`,
    ]);
    openssl(dir, [
      'x509',
      '-req',
      '-in',
      'issuer.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'issuer.pem',
      '-days',
      String(options.days ?? 1825),
      '-extfile',
      'ext.cnf',
    ]);
    return { id, pem: readFileSync(join(dir, 'issuer.pem'), 'utf8'), key: createPrivateKey(readFileSync(join(dir, 'issuer.key'))), curve };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A trust bundle file's text, dated `issuedOn`. */
export function bundleText(issuedOn: string, authorities: TestCertificate[], issuers: [TestCertificate, TestCertificate][]): string {
  const file: TrustBundleFile = {
    format: TRUST_BUNDLE_FORMAT,
    issuedOn,
    source: 'Liste de test, générée par les tests',
    authorities: authorities.map((a) => ({ id: a.id, certificate: a.pem })),
    issuers: issuers.map(([authority, issuer]) => ({ authority: authority.id, id: issuer.id, certificate: issuer.pem })),
  };
  return JSON.stringify(file);
}

/** Days since 2000-01-01, in four hex digits; null gives FFFF. */
export function hexDay(date: string | null): string {
  if (date === null) return 'FFFF';
  const days = Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse('2000-01-01T00:00:00Z')) / 86_400_000);
  return days.toString(16).toUpperCase().padStart(4, '0');
}

export interface CodeOptions {
  version?: HeaderVersion;
  authority: TestCertificate;
  issuer: TestCertificate;
  emittedOn: string | null;
  signedOn: string | null;
  type?: string;
  /** The message zone: fields as written (identifier + value, GS where the format wants it). */
  message?: string;
  annex?: string;
}

/** The canary name and address lines the privacy tests look for. */
export const CANARY_NAME = 'MME/CANARI-NOM/ZOE';
export const CANARY_STREET = '12 RUE DU CANARI-ADRESSE';
export const CANARY_TOWN = 'CANARIVILLE';

/** A bill's message: beneficiary name, street, postcode, town, country (fixed fields need no GS). */
export const BILL_MESSAGE = `10${CANARY_NAME}${GS}22${CANARY_STREET}${GS}2475001${'25'}${CANARY_TOWN}${GS}26FR`;

/** A signed 2D-Doc's text, as the DataMatrix holds it. */
export function signedCode(options: CodeOptions): string {
  const version = options.version ?? '04';
  const type = options.type ?? '01';
  let header = `DC${version}${options.authority.id}${options.issuer.id}${hexDay(options.emittedOn)}${hexDay(options.signedOn)}${type}`;
  if (version === '03' || version === '04') header += '01';
  if (version === '04') header += 'FR';
  const signed = header + (options.message ?? BILL_MESSAGE);
  const hash = options.issuer.curve === 'P-256' ? 'sha256' : 'sha384';
  const signature = sign(hash, Buffer.from(signed, 'utf8'), { key: options.issuer.key, dsaEncoding: 'ieee-p1363' });
  return `${signed}${US}${encodeBase32(signature)}${options.annex === undefined ? '' : GS + options.annex}`;
}
