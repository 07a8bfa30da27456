import { SOURCES } from '../sources.js';
import { RULES_IN_FORCE_FROM, type Parameter } from './parameter.js';

const from = RULES_IN_FORCE_FROM;

export const ages: Parameter<{ majority: number; fingerprints: number; childMaySign: number; passportTeenFee: number }> = {
  description: 'Âges qui changent le dossier (majorité, empreintes, signature, tarif du passeport)',
  values: [
    {
      from,
      value: { majority: 18, fingerprints: 12, childMaySign: 13, passportTeenFee: 15 },
      sources: [SOURCES.guide2021, SOURCES.thonesMairie],
      note: 'La section « perte de CNI » du guide 2021 prend les empreintes dès 0 ans ; toutes ses autres sections à partir de 12 ans : la majorité l’emporte.',
    },
  ],
};

export const recentTitleYears: Parameter<number> = {
  description: 'Un titre expiré depuis moins de N ans suffit à prouver l’identité',
  values: [
    {
      from,
      value: 5,
      sources: [SOURCES.guide2021],
      note: 'La page de Thônes (plus ancienne) dit 2 ans pour la CNI ; le guide 2021, plus récent et plus détaillé, dit 5 ans.',
    },
  ],
};

export const adultPassportGraceYears: Parameter<number> = {
  description: 'Passeport majeur expiré depuis moins de N ans : il suffit, même non sécurisé',
  values: [{ from, value: 2, sources: [SOURCES.guide2021] }],
};

export const cniAdultExtension: Parameter<{ printedFrom: string; printedTo: string; printedValidityYears: number; extraYears: number }> = {
  description: 'Allongement automatique des CNI plastifiées délivrées à des majeurs (2004-2013)',
  values: [
    {
      from,
      value: { printedFrom: '2014-01-02', printedTo: '2023-12-31', printedValidityYears: 10, extraYears: 5 },
      sources: [SOURCES.thonesMairie, SOURCES.guide2021],
    },
  ],
};

export const renewalWindowMonths: Parameter<number> = {
  description: 'Le renouvellement d’une CNI peut commencer N mois avant son expiration',
  values: [{ from, value: 6, sources: [SOURCES.thonesMairie] }],
};

export const laminatedEarlyRenewal: Parameter<boolean> = {
  description: 'Un majeur peut renouveler à tout moment sa CNI plastifiée pour obtenir le format carte (pré-demande obligatoire)',
  values: [
    { from, value: false, sources: [SOURCES.thonesMairie] },
    {
      from: '2025-03-31',
      value: true,
      sources: [SOURCES.cniFiches2025, SOURCES.cardFormatRenewal],
      note: 'Pour les majeurs seulement (« toute personne majeure », pour accéder à France Identité).',
    },
  ],
};

export const retrievalMonths: Parameter<number> = {
  description: 'Le titre doit être retiré dans les N mois, sinon il est détruit',
  values: [{ from, value: 3, sources: [SOURCES.guide2021] }],
};

export const taxNoticeAcceptedAsAddressProof: Parameter<boolean> = {
  description: 'L’avis d’imposition ou de non-imposition est accepté comme justificatif de domicile',
  values: [
    { from, value: true, sources: [SOURCES.thonesMairie] },
    { from: '2025-10-07', value: false, sources: [SOURCES.addressProof2025], note: 'Refus provisoire annoncé par service-public.fr.' },
  ],
};

export const documentMaxAge: Parameter<{
  photoMonths: number;
  addressProofMonths: number;
  birthCertificateMonths: number;
  hostingMonths: number;
}> = {
  description: 'Ancienneté maximale des pièces (photo, justificatif de domicile, acte de naissance) et durée minimale d’hébergement',
  values: [
    {
      from,
      value: { photoMonths: 6, addressProofMonths: 12, birthCertificateMonths: 3, hostingMonths: 3 },
      sources: [SOURCES.guide2021, SOURCES.thonesMairie, SOURCES.addressProof2025, SOURCES.hosting2025],
    },
  ],
};

export const cniCardFormat: Parameter<{ issuedFrom: string; validityYears: number }> = {
  description: 'CNI au format carte bancaire : délivrée depuis 2021, valable 10 ans',
  values: [
    {
      from,
      value: { issuedFrom: '2021-01-01', validityYears: 10 },
      sources: [SOURCES.thonesMairie, SOURCES.cniFiches2025],
      note: 'Une carte dont la date d’expiration imprimée précède 2031 ne peut donc être qu’une carte plastifiée.',
    },
  ],
};

export const productionDelayDays: Parameter<number> = {
  description: 'Délai estimé entre le dépôt et la mise à disposition du titre, en jours (un réglage du poste peut le remplacer)',
  values: [
    {
      from,
      value: 30,
      sources: [SOURCES.guide2021],
      note: 'Une estimation : le délai réel varie selon la saison ; le poste de la mairie donne celui qu’il constate.',
    },
  ],
};

export const securePassportExpiryFrom: Parameter<string> = {
  description: 'Un passeport dont la date d’expiration imprimée est à partir de cette date est électronique ou biométrique',
  values: [
    {
      from,
      value: '2016-04-12',
      sources: [SOURCES.guide2021, SOURCES.freePassport],
      note: 'Tous les passeports délivrés depuis le 2006-04-12 sont électroniques ; un passeport ordinaire vaut 10 ans au plus.',
    },
  ],
};

export const securePassportIssuedFrom: Parameter<string> = {
  description: 'Date depuis laquelle tout passeport délivré est électronique (logo sur la couverture)',
  values: [
    {
      from,
      value: '2006-04-12',
      sources: [SOURCES.guide2021, SOURCES.freePassport],
      note: 'La date d’où vient securePassportExpiryFrom (10 ans plus tard) : les écrans citent son année.',
    },
  ],
};

export const passportValidityYears: Parameter<{ adult: number; minor: number }> = {
  description: 'Durée de validité d’un passeport neuf',
  values: [{ from, value: { adult: 10, minor: 5 }, sources: [SOURCES.guide2021, SOURCES.thonesMairie] }],
};

export const freeReplacementPassport: Parameter<boolean> = {
  description:
    'Passeport valable remplacé sans timbre après un changement de nom ou faute de page libre pour les visas ; il garde la date d’expiration de l’ancien',
  values: [{ from, value: true, sources: [SOURCES.freePassport] }],
};

export const photoFormat: Parameter<{ widthMm: number; heightMm: number; faceMinMm: number; faceMaxMm: number }> = {
  description: 'Format de la photo d’identité et hauteur du visage',
  values: [
    {
      from,
      value: { widthMm: 35, heightMm: 45, faceMinMm: 32, faceMaxMm: 36 },
      sources: [SOURCES.thonesMairie, SOURCES.passportFiches2025],
    },
  ],
};
