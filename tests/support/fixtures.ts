import { DEFAULT_SETTINGS, type Answers, type Settings } from '../../electron/common/contract.js';

export const STATION_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  mairieName: 'Mairie de Thônes',
  address: '1 place Avet, 74230 Thônes',
  departement: '74',
};
/** The same mairie's lobby kiosk. */
export const KIOSK_SETTINGS: Settings = { ...STATION_SETTINGS, mode: 'kiosk' };

/** An adult renewing a secure passport that expired on 2026-03-01: the case several host and end-to-end tests start from. */
export const PASSPORT_RENEWAL = {
  titles: ['passport'],
  birthDate: '1975-02-11',
  residence: 'own',
  usageName: 'none',
  preApplication: true,
  addressVerifiedOnline: false,
  currentPassport: { status: 'held', expiry: '2026-03-01', secure: true },
} satisfies Answers;
/** The pieces that renewal asks for. */
export const PASSPORT_RENEWAL_PIECES = ['photo', 'proof-of-address', 'pre-application-number', 'tax-stamp', 'current-passport'];

/** A child of separated parents renewing a valid passport: read by the privacy tests on the host and in the screens. */
export const CHILD_OF_SEPARATED_PARENTS = {
  titles: ['passport'],
  birthDate: '2014-01-01',
  parentalAuthority: 'separated',
  usageName: 'none',
  preApplication: false,
  residence: 'own',
  currentPassport: { status: 'held', expiry: '2028-01-01' },
} satisfies Answers;
