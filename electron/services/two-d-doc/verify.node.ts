// The signature verdict of a parsed 2D-Doc, with node:crypto, on the host
// only (the page never holds a key or decides trust). Three verdicts and
// never more than proven:
// - valid: the issuer's certificate is in the imported trust bundle, signed
//   by its authority (checked on import), valid on the signature date, the
//   bundle is at most 30 days old, and the ECDSA signature over header +
//   message matches;
// - forged: the certificate is known and the signature does not match it
//   (the content was changed, or someone else signed it);
// - unverifiable: anything else (no bundle, unknown authority or
//   certificate, a certificate not valid on the signature date, a stale
//   bundle), each with why.
import { verify as verifySignature, type X509Certificate } from 'node:crypto';
import { frenchDate } from '../../../rules/index.js';
import type { TwoDDoc } from '../../common/two-d-doc/format.js';
import { BUNDLE_MAX_AGE_DAYS, daysBetween, type SignatureVerdict } from '../../common/two-d-doc/reading.js';
import { stationText as t } from '../../common/messages/index.js';
import type { TrustBundle } from './trust-bundle.node.js';

export interface SignatureCheck {
  verdict: SignatureVerdict;
  why: string;
  /** The issuer certificate's subject, when the bundle holds it. */
  issuer: string | null;
}

/** ECDSA curves the specification allows, with the hash each signs with and its r‖s length. */
const CURVES: Record<string, { hash: string; bytes: number }> = {
  prime256v1: { hash: 'sha256', bytes: 64 },
  secp384r1: { hash: 'sha384', bytes: 96 },
};

/** A certificate's subject in one line ("O=…, CN=…"), as the agent reads it. */
const subjectOf = (cert: X509Certificate): string =>
  cert.subject
    .split('\n')
    .filter((part) => /^(O|OU|CN|C)=/.test(part))
    .join(', ');

/** The ISO date of an X509Certificate's validity bound (its text is "Mon DD HH:MM:SS YYYY GMT"). */
const isoOf = (text: string): string => new Date(text).toISOString().slice(0, 10);

export function checkSignature(doc: TwoDDoc, bundle: TrustBundle | null, today: string): SignatureCheck {
  const { authority, certificate, signedOn } = doc.header;
  if (!bundle) return { verdict: 'unverifiable', why: t('twoDDoc.why.noBundle'), issuer: null };
  const issued = frenchDate(bundle.issuedOn);
  if (!bundle.authorities.has(authority)) {
    return { verdict: 'unverifiable', why: t('twoDDoc.why.unknownAuthority', { authority, issued }), issuer: null };
  }
  const trusted = bundle.issuers.get(`${authority}/${certificate}`);
  if (!trusted)
    return { verdict: 'unverifiable', why: t('twoDDoc.why.unknownCertificate', { authority, certificate, issued }), issuer: null };
  const cert = trusted.certificate;
  const issuer = subjectOf(cert);
  const key = cert.publicKey;
  const curve = key.asymmetricKeyType === 'ec' ? CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''] : undefined;
  if (!curve) return { verdict: 'unverifiable', why: t('twoDDoc.why.unsupportedKey', { certificate }), issuer };
  // A signature of the wrong length does not match this certificate's key: proven not its signature.
  if (doc.signature.length !== curve.bytes) return { verdict: 'forged', why: t('twoDDoc.why.badLength', { certificate }), issuer };
  const matches = verifySignature(curve.hash, Buffer.from(doc.signedText, 'utf8'), { key, dsaEncoding: 'ieee-p1363' }, doc.signature);
  if (!matches) return { verdict: 'forged', why: t('twoDDoc.why.mismatch', { authority, certificate }), issuer };
  if (signedOn === null) return { verdict: 'unverifiable', why: t('twoDDoc.why.noSignatureDate'), issuer };
  const from = isoOf(cert.validFrom);
  const to = isoOf(cert.validTo);
  if (signedOn < from || signedOn > to) {
    return {
      verdict: 'unverifiable',
      why: t('twoDDoc.why.expired', { certificate, signed: frenchDate(signedOn), from: frenchDate(from), to: frenchDate(to) }),
      issuer,
    };
  }
  if (daysBetween(bundle.issuedOn, today) > BUNDLE_MAX_AGE_DAYS) {
    return { verdict: 'unverifiable', why: t('twoDDoc.why.staleBundle', { certificate, issued, max: BUNDLE_MAX_AGE_DAYS }), issuer };
  }
  return { verdict: 'valid', why: t('twoDDoc.why.valid', { authority, certificate, issued }), issuer };
}
