import type { Copies, PieceId } from '../evaluation.js';
import { SOURCES } from '../sources.js';

export interface PieceDefinition {
  /** What people read on the checklist and the receipt. */
  label: string;
  where: 'bring' | 'counter';
  copies: Copies;
  sources: readonly string[];
}

/** One entry per piece id of the contract: the French label and where it comes from. */
export const PIECES: Record<PieceId, PieceDefinition> = {
  photo: { label: "Photo d'identité récente et conforme", where: 'bring', copies: 'original',
    sources: [SOURCES.guide2021, SOURCES.thonesMairie, SOURCES.passportFiches2025] },
  'proof-of-address': { label: "Justificatif de domicile de moins d'un an", where: 'bring', copies: 'original',
    sources: [SOURCES.guide2021, SOURCES.thonesMairie, SOURCES.addressProof2025] },
  'host-proof-of-address': { label: "Justificatif de domicile de l'hébergeant, de moins d'un an", where: 'bring', copies: 'original',
    sources: [SOURCES.thonesMairie, SOURCES.hosting2025] },
  'host-id': { label: "Photocopie de la pièce d'identité de l'hébergeant", where: 'bring', copies: 'photocopy',
    sources: [SOURCES.thonesMairie, SOURCES.hosting2025] },
  'host-attestation': { label: "Attestation d'hébergement signée par l'hébergeant", where: 'bring', copies: 'original',
    sources: [SOURCES.thonesMairie, SOURCES.hosting2025] },
  'pre-application-number': { label: 'Numéro de pré-demande en ligne (ou son QR code)', where: 'bring', copies: 'original',
    sources: [SOURCES.guide2021, SOURCES.passportMairie] },
  'application-form': { label: 'Formulaire de demande, rempli et signé au guichet', where: 'counter', copies: 'original',
    sources: [SOURCES.guide2021] },
  'tax-stamp': { label: 'Timbre fiscal', where: 'bring', copies: 'original',
    sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic, SOURCES.taxCode] },
  'current-cni': { label: "Carte d'identité actuelle", where: 'bring', copies: 'original', sources: [SOURCES.guide2021] },
  'current-passport': { label: 'Passeport actuel', where: 'bring', copies: 'original', sources: [SOURCES.guide2021] },
  'birth-certificate': { label: 'Acte de naissance de moins de 3 mois (copie intégrale ou extrait avec filiation)', where: 'bring', copies: 'original',
    sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic] },
  'nationality-proof': { label: 'Justificatif de nationalité française', where: 'bring', copies: 'original',
    sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic] },
  'loss-declaration': { label: 'Déclaration de perte (cerfa 14011*02), remplie au guichet', where: 'counter', copies: 'original',
    sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic] },
  'theft-declaration': { label: 'Déclaration de vol (récépissé de la police ou de la gendarmerie)', where: 'bring', copies: 'original',
    sources: [SOURCES.guide2021] },
  'parent-id': { label: "Pièce d'identité du parent (ou du tuteur) qui fait la demande", where: 'bring', copies: 'original',
    sources: [SOURCES.guide2021, SOURCES.thonesMairie] },
  'custody-judgment': { label: "Jugement ou décision de justice fixant l'exercice de l'autorité parentale", where: 'bring', copies: 'original',
    sources: [SOURCES.thonesMairie] },
  'guardianship-decision': { label: 'Copie de la décision de justice désignant le tuteur', where: 'bring', copies: 'original',
    sources: [SOURCES.thonesMairie] },
  'usage-name-proof': { label: "Justificatif du nom d'usage", where: 'bring', copies: 'original',
    sources: [SOURCES.thonesMairie, SOURCES.minorUsageName2025] },
};

/**
 * What the agent checks on the photo before ticking it: the first cause of
 * rejected dossiers (RULES.md §8).
 */
export const PHOTO_CRITERIA: readonly string[] = [
  'Une seule photo, de moins de 6 mois',
  'Format 35 × 45 mm, visage de 32 à 36 mm du menton au haut du crâne',
  'Fond uni et clair, mais pas blanc',
  'Tête nue, sans lunettes, expression neutre, bouche fermée',
  "Pas la photo d'un ancien titre",
];
