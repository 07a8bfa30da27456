import type { Settings } from '../../electron/common/contract.js';

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
