import type { Facts } from '../../rules/index.js';

/**
 * The space of complete dossiers, with dates drawn from every threshold the
 * rules know (the day before, of and after), relative to one deposit date.
 * Dimensions that decide identity and fees are crossed in full; the
 * household answers, which those do not read, cycle through all their
 * combinations along the way.
 */
export const SPACE_TODAY = '2026-06-15';

const titles: Facts['titles'][] = [['cni'], ['passport'], ['cni', 'passport']];
// Adult, 18th / 15th / 13th / 12th birthdays on the deposit day and the day after, a young child,
// and a 12th birthday on the last retrieval day (deposit + 30 days + 3 months = 2026-10-15).
const birthDates = [
  '1980-03-10',
  '2008-06-16',
  '2008-06-15',
  '2011-06-16',
  '2011-06-15',
  '2013-06-16',
  '2013-06-15',
  '2014-06-16',
  '2014-06-15',
  '2014-10-15',
  '2020-01-01',
];
const places: Pick<Facts, 'territory' | 'photoAtCounter' | 'productionDelayDays'>[] = [
  { territory: 'general' },
  { territory: 'drom', productionDelayDays: 0 },
  { territory: 'guyane', photoAtCounter: true },
  { territory: 'guyane', photoAtCounter: false, productionDelayDays: 180 },
  { territory: 'mayotte', photoAtCounter: true },
  { territory: 'mayotte', photoAtCounter: false },
];
const cnis: NonNullable<Facts['currentCni']>[] = [
  { status: 'none' },
  { status: 'lost' },
  { status: 'stolen' },
  { status: 'held', expiry: '2033-01-01', format: 'card' },
  { status: 'held', expiry: '2033-01-01', format: 'laminated' },
  { status: 'held', expiry: '2026-09-01' },
  { status: 'held', expiry: '2021-06-16' },
  { status: 'held', expiry: '2021-06-15' },
  { status: 'held', expiry: '2021-06-14' },
  { status: 'held', expiry: '2013-12-31' },
];
const passports: NonNullable<Facts['currentPassport']>[] = [
  { status: 'none' },
  { status: 'lost', secure: true },
  { status: 'lost', secure: false },
  { status: 'stolen', secure: true },
  { status: 'stolen', expiry: '2016-04-12' },
  { status: 'held', expiry: '2030-01-01' },
  { status: 'held', expiry: '2026-06-15' },
  { status: 'held', expiry: '2024-06-15' },
  { status: 'held', expiry: '2024-06-14', secure: false },
  { status: 'held', expiry: '2021-06-15' },
  { status: 'held', expiry: '2021-06-14' },
  { status: 'held', expiry: '2021-06-15', secure: false },
  { status: 'held', expiry: '2016-04-11', secure: true },
];
const maybe = [true, false, 'unknown'] as const;
type Household = Pick<
  Facts,
  | 'preApplication'
  | 'addressVerifiedOnline'
  | 'residence'
  | 'parentalAuthority'
  | 'alternatingResidence'
  | 'bothAddresses'
  | 'usageName'
  | 'nameChanged'
  | 'passportPagesFull'
>;
const households: Household[] = [];
for (const preApplication of [true, false])
  for (const addressVerifiedOnline of [true, false])
    for (const residence of ['own', 'hosted'] as const)
      for (const parentalAuthority of ['joint', 'separated', 'guardian'] as const)
        for (const alternatingResidence of [true, false])
          // 2026-12-04: answered under an alternating residence; otherwise absent, or a leftover answer that must change nothing.
          for (const bothAddresses of alternatingResidence ? [true, false] : [undefined, true])
            for (const usageName of ['none', 'spouse', 'other-parent'] as const)
              for (const nameChanged of [true, false])
                for (const passportPagesFull of [true, false])
                  households.push({
                    preApplication,
                    addressVerifiedOnline,
                    residence,
                    parentalAuthority,
                    alternatingResidence,
                    ...(bothAddresses === undefined ? {} : { bothAddresses }),
                    usageName,
                    nameChanged,
                    passportPagesFull,
                  });

export const SPACE_SIZE = titles.length * birthDates.length * places.length * cnis.length * passports.length * maybe.length * maybe.length;

export function* completeDossiers(): Generator<Facts> {
  let i = 0;
  for (const t of titles)
    for (const birthDate of birthDates)
      for (const place of places)
        for (const currentCni of cnis)
          for (const currentPassport of passports)
            for (const birthRecordDematerialized of maybe)
              for (const nationalityProvenByBirthRecord of maybe) {
                // A stride prime to the household count, so neighbouring dossiers differ in every household answer.
                i += 7;
                yield {
                  today: SPACE_TODAY,
                  titles: t,
                  birthDate,
                  ...place,
                  currentCni,
                  currentPassport,
                  birthRecordDematerialized,
                  nationalityProvenByBirthRecord,
                  ...households[i % households.length]!,
                };
              }
}
