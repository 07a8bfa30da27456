import type { Territory } from './facts/facts.js';

/**
 * Where a person who meets difficulties writes (RULES.md §9, seed 000): the
 * CERT of the mairie's region, with Île-de-France and overseas by
 * département; then the DLPAJ, the Défenseur des droits, the tribunal.
 */
export interface Cert {
  name: string;
  postalAddress: string | null;
}

const cert = (name: string, postalAddress: string | null = null): Cert => ({ name, postalAddress });

const BY_REGION: [Cert, string[]][] = [
  [cert('Cert de Saint-Étienne (CNI-Passeport)'), ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74']],
  [cert('Cert de Nevers (CNI-Passeport)'), ['21', '25', '39', '58', '70', '71', '89', '90']],
  [cert('Cert de Quimper (CNI-Passeport)'), ['22', '29', '35', '56']],
  [cert('Cert de Bourges (CNI-Passeport)'), ['18', '28', '36', '37', '41', '45']],
  [cert('Cert de Bastia (CNI-Passeport)'), ['2A', '2B']],
  [cert('Cert de Metz (CNI-Passeport)'), ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88']],
  [cert('Cert d’Arras (CNI-Passeport)'), ['02', '59', '60', '62', '80']],
  [
    cert(
      'Préfecture de police de Paris (CNI-Passeport)',
      'Préfecture de police, DPG – 2ème bureau, 9 boulevard du Palais, 75195 Paris cedex 04',
    ),
    ['75'],
  ],
  [cert('Cert de Melun (CNI-Passeport)'), ['77', '93']],
  [cert('Cert de Versailles (CNI-Passeport)'), ['78', '95']],
  [cert('Cert de Créteil (CNI-Passeport)'), ['91', '94']],
  [cert('Cert de Boulogne-Billancourt'), ['92']],
  [cert('Cert d’Alençon (CNI-Passeport)'), ['14', '27', '50', '61', '76']],
  [cert('Cert d’Agen (CNI-Passeport)'), ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87']],
  [cert('Cert de Montpellier'), ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82']],
  [cert('Cert du Mans (CNI-Passeport)'), ['44', '49', '53', '72', '85']],
  [cert('Cert de Toulon (CNI-Passeport)'), ['04', '05', '06', '13', '83', '84']],
  [cert('Cert de Martinique (CNI-Passeport)'), ['971', '972']],
  [cert('Cert de Guyane (CNI-Passeport)'), ['973']],
  [cert('Cert de la Réunion (CNI-Passeport)'), ['974', '976']],
];

const CERT_BY_DEPARTEMENT = new Map(BY_REGION.flatMap(([c, codes]) => codes.map((code) => [code, c] as const)));

/** Every département code a station can be set in, in the usual order. */
const sortKey = (code: string) => Number(code.replace('2A', '20.1').replace('2B', '20.2'));
export const DEPARTEMENTS: readonly string[] = [...CERT_BY_DEPARTEMENT.keys()].sort((a, b) => sortKey(a) - sortKey(b));

export function certFor(departement: string): Cert | null {
  return CERT_BY_DEPARTEMENT.get(departement) ?? null;
}

/**
 * The territory that sets fees, the photo at the counter and Justif'Adresse
 * (RULES.md §3): Guadeloupe, Martinique, La Réunion and the collectivities
 * Saint-Pierre-et-Miquelon, Saint-Barthélemy and Saint-Martin are `drom`.
 */
const TERRITORY_BY_DEPARTEMENT: Record<string, Territory> = {
  '971': 'drom',
  '972': 'drom',
  '973': 'guyane',
  '974': 'drom',
  '975': 'drom',
  '976': 'mayotte',
  '977': 'drom',
  '978': 'drom',
};

export function territoryOf(departement: string): Territory {
  return TERRITORY_BY_DEPARTEMENT[departement] ?? 'general';
}

/** The time zone of a station in this département: "today" is its own calendar date. */
export function timeZoneOf(departement: string): string {
  return (
    {
      '971': 'America/Guadeloupe',
      '972': 'America/Martinique',
      '973': 'America/Cayenne',
      '974': 'Indian/Reunion',
      '975': 'America/Miquelon',
      '976': 'Indian/Mayotte',
      '977': 'America/St_Barthelemy',
      '978': 'America/Marigot',
    }[departement] ?? 'Europe/Paris'
  );
}

export const FURTHER_REMEDIES =
  'Ensuite : recours hiérarchique auprès de la Direction des libertés publiques et des affaires juridiques (DLPAJ) du ministère de l’Intérieur, le Défenseur des droits, ou le tribunal administratif.';
