// Where to reach each CERT: the annuaire page that source 000 gives for it
// (service-public.fr, "Où s'adresser ?"), keyed by the name `certFor` returns.
// Paris's prefecture of police has a postal address instead (in the engine).
// Note: source 000 links the Cert d'Agen to a Seine-et-Marne page; printed as the source gives it.

const ANNUAIRE = 'https://lannuaire.service-public.fr/';

const PAGES: Record<string, string> = {
  'Cert de Saint-Étienne (CNI-Passeport)': 'auvergne-rhone-alpes/loire/prefecture-42218-01',
  'Cert de Nevers (CNI-Passeport)': 'bourgogne-franche-comte/nievre/prefecture-58194-01',
  'Cert de Quimper (CNI-Passeport)': 'bretagne/finistere/prefecture-29232-01',
  'Cert de Bourges (CNI-Passeport)': 'centre-val-de-loire/cher/prefecture-18033-01',
  'Cert de Bastia (CNI-Passeport)': 'corse/haute-corse/prefecture-2B033-01',
  'Cert de Metz (CNI-Passeport)': 'grand-est/moselle/prefecture-57463-01',
  'Cert d’Arras (CNI-Passeport)': 'hauts-de-france/pas-de-calais/prefecture-62041-01',
  'Cert de Melun (CNI-Passeport)': 'ile-de-france/seine-et-marne/prefecture-77288-01',
  'Cert de Versailles (CNI-Passeport)': 'ile-de-france/yvelines/prefecture-78646-01',
  'Cert de Créteil (CNI-Passeport)': 'ile-de-france/val-de-marne/prefecture-94028-01',
  'Cert de Boulogne-Billancourt': 'ile-de-france/hauts-de-seine/sous_pref-92012-01',
  'Cert d’Alençon (CNI-Passeport)': 'normandie/orne/prefecture-61001-01',
  'Cert d’Agen (CNI-Passeport)': 'ile-de-france/seine-et-marne/sous_pref-77468-01',
  'Cert de Montpellier': 'occitanie/herault/prefecture-34172-01',
  'Cert du Mans (CNI-Passeport)': 'pays-de-la-loire/sarthe/prefecture-72181-01',
  'Cert de Toulon (CNI-Passeport)': 'provence-alpes-cote-d-azur/var/prefecture-83137-01',
  'Cert de Martinique (CNI-Passeport)': 'martinique/martinique/prefecture-97209-01',
  'Cert de Guyane (CNI-Passeport)': 'guyane/guyane/prefecture_region-97302-01',
  'Cert de la Réunion (CNI-Passeport)': 'la-reunion/reunion/prefecture_region-97411-01',
};

export interface CertContact {
  /** The full address, for the QR code. */
  url: string;
  /** The address as printed: without "https://". */
  short: string;
}

export function certContact(certName: string): CertContact | null {
  const page = PAGES[certName];
  return page ? { url: ANNUAIRE + page, short: `lannuaire.service-public.fr/${page}` } : null;
}
