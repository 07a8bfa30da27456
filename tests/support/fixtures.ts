import type { Answers, Settings } from '../../electron/common/contract.js';

export const STATION_SETTINGS: Settings = {
  mairieName: 'Mairie de Thônes',
  address: '1 place Avet, 74230 Thônes',
  departement: '74',
  printer: null,
  paper: '80mm',
  retentionDays: 14,
  mode: 'station',
  inactivitySeconds: 90,
  booking: null,
  productionDelayDays: null,
};

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
