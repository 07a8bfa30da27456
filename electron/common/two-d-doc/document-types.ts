// The document types of perimeter 01 (ANTS 2D-Doc specification v3.3.9,
// annex 6.1), in French as the agent reads them, and how each counts as a
// proof of address. Which kinds the rules accept is theirs (RULES.md § 6:
// bills, home insurance, rent receipts; the tax notice as the dated
// parameter says); this table only says what a type is.

/** How a type counts as a proof of address: a bill or proof made for it, a tax notice (accepted or not by date), or not one at all. */
export type AddressProofKind = 'proof' | 'tax-notice' | 'not-a-proof';

export interface DocumentType {
  label: string;
  kind: AddressProofKind;
}

const proof = (label: string): DocumentType => ({ label, kind: 'proof' });
const tax = (label: string): DocumentType => ({ label, kind: 'tax-notice' });
const not = (label: string): DocumentType => ({ label, kind: 'not-a-proof' });

export const DOCUMENT_TYPES: Readonly<Record<string, DocumentType>> = {
  '00': proof('Justificatif de domicile'),
  '01': proof('Facture (énergie, eau, téléphone ou internet)'),
  '02': tax('Avis de taxe d’habitation'),
  '03': not('Relevé d’identité bancaire'),
  '04': tax('Avis d’impôt sur les revenus'),
  '05': not('Relevé d’identité bancaire'),
  '06': not('Bulletin de salaire'),
  '07': not('Titre d’identité'),
  '08': not('MRZ'),
  '09': not('Facture étendue'),
  '10': not('Contrat de travail'),
  '11': not('Relevé de compte'),
  '12': not('Acte d’huissier'),
  '13': not('Document étranger'),
  '14': not('Attestation DICEM'),
  '15': not('Autorisation de travail'),
  '18': not('Avis de situation déclarative à l’impôt sur les revenus'),
  '19': not('Déclaration de dons'),
  '20': not('Déclaration de cession de droits sociaux'),
  '21': not('Attestation 2041-ASK'),
  '24': not('Avis de situation déclarative à l’impôt sur les revenus (V2)'),
  '25': not('Autorisation de travail (métier en tension)'),
  '27': not('Avis de situation déclarative à l’impôt sur les revenus (V3)'),
  '28': tax('Avis d’impôt sur les revenus (V2)'),
  '29': not('Attestation d’activité professionnelle'),
  A0: not('Certificat de qualité de l’air'),
  A1: not('Courrier permis à points'),
  A4: not('Certificat de décès'),
  A7: not('Certificat de qualité de l’air (V2)'),
  A8: not('Certificat de cession électronique'),
  AA: not('Arrêté permis de conduire'),
  AB: not('Relevé d’information permis de conduire'),
  AD: not('Certificat de réussite à l’examen du permis de conduire'),
  AE: not('Certificat de décès (V2)'),
  B0: not('Diplôme'),
  B1: not('Attestation de contribution à la vie étudiante'),
  B4: not('Traduction certifiée'),
};

/** The type as the station names it; a type outside perimeter 01's table is named by its code, never guessed. */
export function documentTypeOf(perimeter: string, code: string): DocumentType {
  const known = perimeter === '01' ? DOCUMENT_TYPES[code] : undefined;
  return known ?? { label: `Type ${code} (périmètre ${perimeter}), inconnu de la station`, kind: 'not-a-proof' };
}
