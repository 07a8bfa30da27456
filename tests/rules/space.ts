import type { Facts } from '../../rules/index.js';

/**
 * The space of complete dossiers, with dates drawn from every threshold the
 * rules know, relative to one deposit date. Dimensions that decide identity
 * and fees are crossed in full; the household answers, which those do not
 * read, cycle through all their combinations along the way.
 */
export const SPACE_TODAY = '2026-06-15';

const titles: Facts['titles'][] = [['cni'], ['passport'], ['cni', 'passport']];
const birthDates = ['1980-03-10', '2008-06-16', '2008-06-15', '2011-06-16', '2011-06-15', '2013-06-16', '2013-06-15', '2014-06-16', '2014-06-15', '2020-01-01'];
const places: Pick<Facts, 'territory' | 'photoAtCounter'>[] = [
  { territory: 'general' },
  { territory: 'guyane', photoAtCounter: true }, { territory: 'guyane', photoAtCounter: false },
  { territory: 'mayotte', photoAtCounter: true }, { territory: 'mayotte', photoAtCounter: false },
];
const cnis: NonNullable<Facts['currentCni']>[] = [
  { status: 'none' }, { status: 'lost' }, { status: 'stolen' },
  { status: 'held', expiry: '2033-01-01', format: 'card' },
  { status: 'held', expiry: '2033-01-01', format: 'laminated' },
  { status: 'held', expiry: '2026-09-01' },
  { status: 'held', expiry: '2021-06-16' },
  { status: 'held', expiry: '2021-06-15' },
  { status: 'held', expiry: '2013-12-31' },
];
const passports: NonNullable<Facts['currentPassport']>[] = [
  { status: 'none' }, { status: 'lost', secure: true }, { status: 'lost', secure: false },
  { status: 'stolen', secure: true }, { status: 'stolen', secure: false },
  { status: 'held', expiry: '2030-01-01' },
  { status: 'held', expiry: '2024-06-16', secure: false },
  { status: 'held', expiry: '2024-06-15', secure: true }, { status: 'held', expiry: '2024-06-15', secure: false },
  { status: 'held', expiry: '2021-06-16', secure: true }, { status: 'held', expiry: '2021-06-16', secure: false },
  { status: 'held', expiry: '2020-06-01', secure: true },
];
const maybe = [true, false, 'unknown'] as const;
const households: Pick<Facts, 'preApplication' | 'addressVerifiedOnline' | 'residence' | 'parentalAuthority' | 'usageName'>[] = [];
for (const preApplication of [true, false]) for (const addressVerifiedOnline of [true, false])
  for (const residence of ['own', 'hosted'] as const) for (const parentalAuthority of ['joint', 'separated', 'guardian'] as const)
    for (const usageName of ['none', 'spouse', 'other-parent'] as const)
      households.push({ preApplication, addressVerifiedOnline, residence, parentalAuthority, usageName });

export const SPACE_SIZE = titles.length * birthDates.length * places.length * cnis.length * passports.length * maybe.length * maybe.length;

export function* completeDossiers(): Generator<Facts> {
  let i = 0;
  for (const t of titles) for (const birthDate of birthDates) for (const place of places) for (const currentCni of cnis)
    for (const currentPassport of passports) for (const birthRecordDematerialized of maybe) for (const nationalityProvenByBirthRecord of maybe) {
      yield {
        today: SPACE_TODAY, titles: t, birthDate, ...place, currentCni, currentPassport,
        birthRecordDematerialized, nationalityProvenByBirthRecord, ...households[i++ % households.length]!,
      };
    }
}
