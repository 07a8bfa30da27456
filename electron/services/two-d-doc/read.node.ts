// A scanned 2D-Doc read whole on the host: parsed (the shared format),
// its signature checked against the trust bundle, its age judged by the
// rules on the visit's deposit date. The answer goes to the screen only; the
// host keeps nothing of it (no log line holds its content).
import { documentTypeOf } from '../../common/two-d-doc/document-types.js';
import { FIELDS } from '../../common/two-d-doc/fields.js';
import { parseTwoDDoc, type TwoDDoc } from '../../common/two-d-doc/format.js';
import { ageVerdict } from '../../common/two-d-doc/age.js';
import type { TwoDDocReading } from '../../common/two-d-doc/reading.js';
import { fromWedge } from '../../common/two-d-doc/wedge.js';
import { stationText as t, type StationMessageId } from '../../common/messages/index.js';
import { checkSignature } from './verify.node.js';
import type { TrustBundle } from './trust-bundle.node.js';

export interface ReadContext {
  bundle: TrustBundle | null;
  /** The host's today, for the bundle's age. */
  today: string;
  depositDate: string;
}

/** The reading, and the parsed code when it parsed (the caller may need its dates). */
export function readTwoDDoc(code: string, context: ReadContext): { reading: TwoDDocReading; doc: TwoDDoc | null } {
  const parsed = parseTwoDDoc(fromWedge(code));
  if (!parsed.ok) return { reading: { readable: false, why: t(`twoDDoc.format.${parsed.issue}` as StationMessageId) }, doc: null };
  const { doc } = parsed;
  const { header } = doc;
  const type = documentTypeOf(header.perimeter, header.documentType);
  const signature = checkSignature(doc, context.bundle, context.today);
  const age = ageVerdict(type, header.emittedOn, header.signedOn, context.depositDate);
  const verdictText = { valid: 'twoDDoc.sig.valid', forged: 'twoDDoc.sig.forged', unverifiable: 'twoDDoc.sig.unverifiable' } as const;
  return {
    doc,
    reading: {
      readable: true,
      version: header.version,
      documentType: type.label,
      authority: header.authority,
      certificate: header.certificate,
      issuer: signature.issuer,
      emittedOn: header.emittedOn,
      signedOn: header.signedOn,
      depositDate: context.depositDate,
      age,
      signature: { verdict: signature.verdict, text: t(verdictText[signature.verdict]), why: signature.why },
      // Only the signed message's name and address lines: the annex is not signed, so never shown as the document's.
      lines: doc.fields
        .filter((field) => FIELDS[field.id]?.personal)
        .map((field) => ({ label: FIELDS[field.id]!.label, value: field.value, truncated: field.truncated })),
      tickable: signature.verdict === 'valid' && age.verdict === 'accepted',
    },
  };
}
