// Where each rule comes from. Seed files are in ../shared/seeds/ and are
// summarised in ../shared/domain/RULES.md; later official pages are cited by
// their service-public.fr fiche number.

export const SOURCES = {
  remedies: '000_871344184c4bc17b.txt',
  guide2021: '001_ef3dc94e20273a21.txt',
  passportMairie: '002_c6f5bbbe2476d2f4.txt',
  thonesMairie: '003_dee88f691fe38e78.txt',
  cniLossServicePublic: '004_4d9f1b684ba4e417.txt',
  addressProof2025: 'service-public.fr F14807 (modifiée le 2025-10-07)',
  hosting2025: 'service-public.fr F32675 (2025)',
  cniFiches2025: 'service-public.fr F1342, F14930 (2025)',
  passportFiches2025: 'service-public.fr F14807, F35005 (2025)',
  minorUsageName2025: 'service-public.fr F36441, loi 2022-301 (2025)',
  taxCode: 'Code général des impôts, art. 953',
} as const;

export type Source = (typeof SOURCES)[keyof typeof SOURCES];
