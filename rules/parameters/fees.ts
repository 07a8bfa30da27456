import { SOURCES } from '../sources.js';
import { RULES_IN_FORCE_FROM, type Parameter } from './parameter.js';

/** A fee in euros for each territory a station can be in. */
export interface TerritoryAmounts {
  general: number;
  /** Guadeloupe, Martinique, La Réunion: the general amounts (RULES.md §3). */
  drom: number;
  guyane: number;
  mayotte: number;
}

/** Guyane and Mayotte have no professional photographer: a photo taken at the counter costs more. */
export interface OverseasPhotoAmounts {
  guyane: number;
  mayotte: number;
}

const SINCE_GUIDE = {
  from: RULES_IN_FORCE_FROM,
  note: 'Montants attestés par le guide 2021 et confirmés par service-public.fr en 2025 ; en vigueur au plus tard à cette date.',
} as const;

export const cniLossOrTheftFee: Parameter<TerritoryAmounts> = {
  description: 'Timbre fiscal, CNI perdue ou volée',
  values: [
    {
      ...SINCE_GUIDE,
      value: { general: 25, drom: 25, guyane: 12.5, mayotte: 25 },
      sources: [SOURCES.guide2021, SOURCES.cniLossServicePublic, SOURCES.taxCode],
    },
  ],
};

export const passportAdultFee: Parameter<TerritoryAmounts> = {
  description: 'Timbre fiscal, passeport majeur',
  values: [
    {
      ...SINCE_GUIDE,
      value: { general: 86, drom: 86, guyane: 43, mayotte: 86 },
      sources: [SOURCES.guide2021, SOURCES.thonesMairie, SOURCES.taxCode],
    },
  ],
};

export const passportAdultFeePhotoAtCounter: Parameter<OverseasPhotoAmounts> = {
  description: 'Timbre fiscal, passeport majeur, photo prise au guichet',
  values: [{ ...SINCE_GUIDE, value: { guyane: 44.5, mayotte: 89 }, sources: [SOURCES.guide2021] }],
};

export const passportChildFee: Parameter<TerritoryAmounts> = {
  description: 'Timbre fiscal, passeport mineur de moins de 15 ans',
  values: [{ ...SINCE_GUIDE, value: { general: 17, drom: 17, guyane: 8.5, mayotte: 17 }, sources: [SOURCES.guide2021, SOURCES.taxCode] }],
};

export const passportChildFeePhotoAtCounter: Parameter<OverseasPhotoAmounts> = {
  description: 'Timbre fiscal, passeport mineur de moins de 15 ans, photo prise au guichet',
  // 2026-11-24: the guide printed 8.50 € for Guyane; F1357 adds 1.50 € for the counter photo there.
  values: [{ ...SINCE_GUIDE, value: { guyane: 10, mayotte: 20 }, sources: [SOURCES.guide2021, SOURCES.photoGuyane] }],
};

export const passportTeenFee: Parameter<TerritoryAmounts> = {
  description: 'Timbre fiscal, passeport mineur de 15 à 17 ans',
  values: [{ ...SINCE_GUIDE, value: { general: 42, drom: 42, guyane: 21, mayotte: 42 }, sources: [SOURCES.guide2021, SOURCES.taxCode] }],
};

export const passportTeenFeePhotoAtCounter: Parameter<OverseasPhotoAmounts> = {
  description: 'Timbre fiscal, passeport mineur de 15 à 17 ans, photo prise au guichet',
  values: [{ ...SINCE_GUIDE, value: { guyane: 22.5, mayotte: 45 }, sources: [SOURCES.guide2021, SOURCES.photoGuyane] }],
};

/**
 * The temporary passport (urgent travel), which the préfecture issues, not
 * the mairie: the kiosk only says where to go and what it costs, so its
 * figures come from here like every other.
 */
export const temporaryPassport: Parameter<{ fee: number; validityYears: number }> = {
  description: 'Passeport temporaire (préfecture, voyage urgent) : timbre fiscal et durée de validité',
  values: [
    {
      ...SINCE_GUIDE,
      value: { fee: 30, validityYears: 1 },
      sources: [SOURCES.guide2021],
      note: 'Guide 2021, « Passeport temporaire » : « Timbre fiscal : 30 € », « valide seulement 1 an ».',
    },
  ],
};
