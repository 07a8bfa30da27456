import type { Copies, PieceId } from '../evaluation.js';
import { formatEuros, lessThanMonths } from '../format.js';
import type { Figures } from '../figures.js';
import { SOURCES } from '../sources.js';

export interface PieceDefinition {
  where: 'bring' | 'counter';
  copies: Copies;
  sources: readonly string[];
}

/**
 * One entry per piece id of the contract: where it is done and where the rule
 * comes from. Every piece is an original but the host's ID (2026-11-24: the
 * official fiches ask for originals only).
 */
export const PIECES: Record<PieceId, PieceDefinition> = {
  photo: { where: 'bring', copies: 'original', sources: [SOURCES.guide2021, SOURCES.thonesMairie, SOURCES.passportFiches2025] },
  'proof-of-address': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021, SOURCES.thonesMairie, SOURCES.addressProof2025] },
  'host-proof-of-address': { where: 'bring', copies: 'original', sources: [SOURCES.thonesMairie, SOURCES.hosting2025] },
  'host-id': { where: 'bring', copies: 'photocopy', sources: [SOURCES.thonesMairie, SOURCES.hosting2025] },
  'host-attestation': { where: 'bring', copies: 'original', sources: [SOURCES.thonesMairie, SOURCES.hosting2025] },
  'pre-application-number': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021, SOURCES.passportMairie] },
  'application-form': { where: 'counter', copies: 'original', sources: [SOURCES.guide2021] },
  'tax-stamp': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic, SOURCES.taxCode] },
  'current-cni': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021] },
  'current-passport': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021] },
  'birth-certificate': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic] },
  'nationality-proof': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic] },
  'loss-declaration': { where: 'counter', copies: 'original', sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic] },
  'theft-declaration': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021] },
  'parent-id': { where: 'bring', copies: 'original', sources: [SOURCES.guide2021, SOURCES.thonesMairie, SOURCES.minorOriginals] },
  'custody-judgment': { where: 'bring', copies: 'original', sources: [SOURCES.thonesMairie, SOURCES.alternatingResidence] },
  'guardianship-decision': { where: 'bring', copies: 'original', sources: [SOURCES.thonesMairie] },
  'usage-name-proof': { where: 'bring', copies: 'original', sources: [SOURCES.thonesMairie, SOURCES.minorUsageName2025] },
  'name-change-proof': { where: 'bring', copies: 'original', sources: [SOURCES.freePassport, SOURCES.guide2021] },
};

/** A piece's label when a rule names it more precisely than its default (`<id>.<variant>`, as its reason ids). */
export type LabelVariant =
  | 'photo.at-counter'
  | 'proof-of-address.alternating'
  | 'proof-of-address.depositing-parent'
  | 'proof-of-address.other-parent'
  | 'pre-application-number.compulsory'
  | 'usage-name-proof.spouse'
  | 'usage-name-proof.other-parent'
  | 'usage-name-proof.other-parent.minor';
export type LabelId = PieceId | LabelVariant;

const labelsByFigures = new WeakMap<Figures, Record<LabelId, string>>();

/** The French labels, each figure taken from the parameters in force on the deposit date: the only place a label is written. */
export function pieceLabels(f: Figures): Record<LabelId, string> {
  let labels = labelsByFigures.get(f);
  if (!labels) {
    labels = Object.freeze(writeLabels(f));
    labelsByFigures.set(f, labels);
  }
  return labels;
}

function writeLabels(f: Figures): Record<LabelId, string> {
  const addressAge = lessThanMonths(f.addressProofMaxAgeMonths);
  return {
    photo: 'Photo d’identité récente et conforme',
    'proof-of-address': `Justificatif de domicile de ${lessThanMonths(f.addressProofMaxAgeMonths)}`,
    'host-proof-of-address': `Justificatif de domicile de l’hébergeant, de ${lessThanMonths(f.addressProofMaxAgeMonths)}`,
    'host-id': 'Photocopie de la pièce d’identité de l’hébergeant',
    'host-attestation': 'Attestation d’hébergement signée par l’hébergeant',
    'pre-application-number': 'Numéro de pré-demande en ligne (ou son QR code)',
    'application-form': 'Formulaire de demande, rempli et signé au guichet',
    'tax-stamp': 'Timbre fiscal',
    'current-cni': 'Carte d’identité actuelle',
    'current-passport': 'Passeport actuel',
    'birth-certificate': `Acte de naissance de ${lessThanMonths(f.birthCertificateMaxAgeMonths)} (copie intégrale ou extrait avec filiation)`,
    'nationality-proof': 'Justificatif de nationalité française',
    'loss-declaration': 'Déclaration de perte (cerfa 14011*02), remplie au guichet',
    'theft-declaration': 'Déclaration de vol (récépissé de la police ou de la gendarmerie)',
    'parent-id': 'Pièce d’identité du parent (ou du tuteur) qui fait la demande',
    'custody-judgment': 'Convention des parents ou décision du juge fixant la résidence alternée',
    'guardianship-decision': 'Copie de la décision de justice désignant le tuteur',
    'usage-name-proof': 'Justificatif du nom d’usage',
    'name-change-proof': 'Justificatif du changement de nom ou de prénom (acte de naissance portant la mention, ou la décision)',
    'photo.at-counter': 'Photo d’identité prise au guichet',
    'proof-of-address.alternating': `Justificatifs de domicile des deux parents, de ${addressAge}`,
    'proof-of-address.depositing-parent': `Justificatif de domicile du parent qui dépose la demande, de ${addressAge}`,
    'proof-of-address.other-parent': `Justificatif de domicile de l’autre parent, de ${addressAge}`,
    'pre-application-number.compulsory': 'Pré-demande en ligne à faire avant le rendez-vous (obligatoire), puis son numéro ou son QR code',
    'usage-name-proof.spouse': 'Justificatif du nom d’usage (nom de l’époux ou de l’épouse)',
    'usage-name-proof.other-parent': 'Justificatif du nom d’usage (nom de l’autre parent)',
    'usage-name-proof.other-parent.minor': 'Déclaration du parent pour le nom d’usage de l’enfant (nom de l’autre parent ajouté)',
  };
}

/** When a piece depends on an answer given as « je ne sais pas »: what the counter then checks. */
export const CONDITIONS = {
  'birth-certificate':
    'sauf si la commune de naissance est raccordée à COMEDEC, ou si l’acte d’une naissance à l’étranger est détenu par le Service central d’état civil de Nantes\u00a0: le guichet le vérifie alors en ligne',
  'nationality-proof': 'si l’acte de naissance ne prouve pas la nationalité française',
} as const satisfies Partial<Record<PieceId, string>>;

/** The tax stamps, one per title: two titles are two separate purchases (RULES.md §6). */
export function taxStampLabel(stamps: readonly { title: 'cni' | 'passport'; amount: number }[]): string {
  const one = (s: { title: 'cni' | 'passport'; amount: number }) =>
    `${formatEuros(s.amount)} (${s.title === 'cni' ? 'carte d’identité' : 'passeport'})`;
  if (stamps.length === 1) return `Timbre fiscal de ${one(stamps[0]!)}`;
  return `Deux timbres fiscaux, achetés séparément\u00a0: ${stamps.map(one).join(' et ')}`;
}

/**
 * What the agent checks on the photo before ticking it: the first cause of
 * rejected dossiers (RULES.md §8).
 */
export function photoCriteria(f: Figures): string[] {
  return [
    `Une seule photo, de ${lessThanMonths(f.photoMonths)}`,
    `Format ${f.photoWidthMm} × ${f.photoHeightMm} mm, visage de ${f.photoFaceMinMm} à ${f.photoFaceMaxMm} mm du menton au haut du crâne`,
    'Fond uni et clair, mais pas blanc',
    'Tête nue, sans lunettes, expression neutre, bouche fermée',
    'Pas la photo d’un ancien titre',
  ];
}
