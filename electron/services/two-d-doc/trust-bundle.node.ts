// The trust bundle a mairie imports in Paramètres: the ANTS 2D-Doc
// certification authorities (from its trust-service list) and the issuers'
// certificates they published, gathered on a connected machine and brought
// as one JSON file (README, « Le 2D-Doc »). Public data; the app never
// fetches it: no network, ever. Checked whole on import (every certificate
// reads, every issuer's certificate is signed by its authority's), so that a
// verification later rests only on what was checked.
import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isRealDate } from '../../../rules/index.js';

export const TRUST_BUNDLE_FORMAT = 'dossier-complet/2d-doc-trust/1';

const id4 = z.string().regex(/^[0-9A-Z]{4}$/);
const pem = z
  .string()
  .max(20_000)
  .regex(/-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/);
export const trustBundleFileSchema = z.strictObject({
  format: z.literal(TRUST_BUNDLE_FORMAT),
  /** The trust-service list's own date (its issue date), not the day it was copied. */
  issuedOn: z.string().refine(isRealDate),
  /** Where it came from, in words (the list's address and sequence number). */
  source: z.string().max(300),
  authorities: z
    .array(z.strictObject({ id: id4, certificate: pem }))
    .min(1)
    .max(200),
  issuers: z.array(z.strictObject({ authority: id4, id: id4, certificate: pem })).max(5000),
});
export type TrustBundleFile = z.infer<typeof trustBundleFileSchema>;

export interface TrustedIssuer {
  authority: string;
  id: string;
  certificate: X509Certificate;
}

export interface TrustBundle {
  issuedOn: string;
  source: string;
  importedOn: string;
  authorities: ReadonlyMap<string, X509Certificate>;
  /** By "AUTHORITY/ID". */
  issuers: ReadonlyMap<string, TrustedIssuer>;
}

/** Why a file is refused as a trust bundle; the station's catalog phrases each. */
export type BundleIssue =
  'not-json' | 'not-a-bundle' | 'bad-certificate' | 'not-an-authority' | 'not-issued-by-authority' | 'unknown-authority';

export class BundleError extends Error {
  constructor(
    readonly issue: BundleIssue,
    readonly detail: string,
  ) {
    super(`${issue}: ${detail}`);
  }
}

const certificateOf = (text: string, what: string): X509Certificate => {
  try {
    return new X509Certificate(text);
  } catch {
    throw new BundleError('bad-certificate', what);
  }
};

/** Reads and checks a bundle file's text; throws a BundleError saying what is wrong. */
export function readTrustBundle(text: string, importedOn: string): TrustBundle {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleError('not-json', '');
  }
  const parsed = trustBundleFileSchema.safeParse(json);
  if (!parsed.success) throw new BundleError('not-a-bundle', parsed.error.issues[0]?.path.join('.') ?? '');
  const file = parsed.data;
  const authorities = new Map<string, X509Certificate>();
  for (const { id, certificate } of file.authorities) {
    const cert = certificateOf(certificate, id);
    // An authority is a CA certificate the ANTS list names: the list is the root of trust, so what signed the
    // authority's own certificate adds nothing. It need not sign itself: in the ANTS list FR01 and FR02 do, but
    // FR03 and FR04 are signed by their operators' roots (Certigna Root CA, AriadNEXT Root CA G2).
    if (!cert.ca) throw new BundleError('not-an-authority', id);
    authorities.set(id, cert);
  }
  const issuers = new Map<string, TrustedIssuer>();
  for (const { authority, id, certificate } of file.issuers) {
    const ca = authorities.get(authority);
    if (!ca) throw new BundleError('unknown-authority', `${authority}/${id}`);
    const cert = certificateOf(certificate, `${authority}/${id}`);
    if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) throw new BundleError('not-issued-by-authority', `${authority}/${id}`);
    issuers.set(`${authority}/${id}`, { authority, id, certificate: cert });
  }
  return { issuedOn: file.issuedOn, source: file.source, importedOn, authorities, issuers };
}

/**
 * The imported bundle, kept as its file in the data folder (0600, written
 * whole then renamed: a crash leaves the old one or the new one), read once
 * and kept in memory.
 */
export class TrustStore {
  private cached: TrustBundle | null | undefined;

  /** `dataDir` null: kept in memory only (services built without a data folder, as some tests do). */
  constructor(private readonly dataDir: string | null) {}

  private get file(): string | null {
    return this.dataDir === null ? null : join(this.dataDir, 'two-d-doc-trust.json');
  }

  /** The bundle in force, or null when none was imported (or its file no longer reads: never trusted half-way). */
  current(): TrustBundle | null {
    if (this.cached !== undefined) return this.cached;
    this.cached = null;
    if (this.file !== null && existsSync(this.file)) {
      try {
        const stored = JSON.parse(readFileSync(this.file, 'utf8')) as { importedOn: string; bundle: string };
        this.cached = readTrustBundle(stored.bundle, stored.importedOn);
      } catch (error) {
        console.error(`[2d-doc] the stored trust bundle no longer reads: ${(error as Error).message}`);
      }
    }
    return this.cached;
  }

  /** Checks then keeps a new bundle; the old one stays when the new one is refused. */
  import(text: string, importedOn: string): TrustBundle {
    const bundle = readTrustBundle(text, importedOn);
    if (this.file === null) return (this.cached = bundle);
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ importedOn, bundle: text }), { mode: 0o600 });
    chmodSync(temp, 0o600);
    renameSync(temp, this.file);
    this.cached = bundle;
    return bundle;
  }
}
