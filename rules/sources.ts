// Where each rule comes from. A piece's `sources` (CONTRACT.md) are these
// ids: the original file name for the five documents the project started
// from, a fiche reference for later official pages. People never read an id:
// `describeSource` gives the title, publisher and date of its record.

/** One document a rule rests on, as an agent would cite it. */
export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  /** The document's date, or the date it was last checked ("vérifié le"), ISO. */
  date: string | null;
  dateKind: 'published' | 'checked' | 'modified';
  url: string | null;
  /** The original document's file name, kept only as a detail for auditors. */
  file: string | null;
}

const record = (r: Omit<SourceRecord, 'file'> & { file?: string }): SourceRecord => ({ ...r, file: r.file ?? null });

const SERVICE_PUBLIC = 'service-public.fr (Direction de l’information légale et administrative)';

export const SOURCE_RECORDS = {
  remedies: record({
    id: '000_871344184c4bc17b.txt',
    file: '000_871344184c4bc17b.txt',
    title: 'Quels recours si le dossier de carte d’identité ou passeport est refusé ?',
    publisher: SERVICE_PUBLIC,
    date: '2019-09-10',
    dateKind: 'checked',
    url: null,
  }),
  guide2021: record({
    id: '001_ef3dc94e20273a21.txt',
    file: '001_ef3dc94e20273a21.txt',
    title: 'Guide des usagers de la préfecture',
    publisher: 'UATS-UNSA',
    date: '2021',
    dateKind: 'published',
    url: null,
  }),
  passportMairie: record({
    id: '002_c6f5bbbe2476d2f4.txt',
    file: '002_c6f5bbbe2476d2f4.txt',
    title: 'État civil : passeport (pré-demande, rendez-vous)',
    publisher: 'Page d’une mairie',
    date: null,
    dateKind: 'published',
    url: null,
  }),
  thonesMairie: record({
    id: '003_dee88f691fe38e78.txt',
    file: '003_dee88f691fe38e78.txt',
    title: 'Carte d’identité, passeport et sortie du territoire',
    publisher: 'Mairie de Thônes',
    date: '2022-11-23',
    dateKind: 'checked',
    url: null,
  }),
  cniLossServicePublic: record({
    id: '004_4d9f1b684ba4e417.txt',
    file: '004_4d9f1b684ba4e417.txt',
    title: 'Carte d’identité d’un majeur : en cas de perte',
    publisher: SERVICE_PUBLIC,
    date: '2022-04-25',
    dateKind: 'checked',
    url: null,
  }),
  addressProof2025: record({
    id: 'service-public.fr F14807 (modifiée le 2025-10-07)',
    title: 'F14807, justificatif de domicile',
    publisher: SERVICE_PUBLIC,
    date: '2025-10-07',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F14807',
  }),
  hosting2025: record({
    id: 'service-public.fr F32675 (2025)',
    title: 'F32675, personne hébergée',
    publisher: SERVICE_PUBLIC,
    date: '2025',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F32675',
  }),
  cniFiches2025: record({
    id: 'service-public.fr F1342, F14930 (2025)',
    title: 'F1342 et F14930, carte d’identité d’un mineur et d’un majeur',
    publisher: SERVICE_PUBLIC,
    date: '2025',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1342',
  }),
  passportFiches2025: record({
    id: 'service-public.fr F14807, F35005 (2025)',
    title: 'F35005, passeport : photo et pièces',
    publisher: SERVICE_PUBLIC,
    date: '2025',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F35005',
  }),
  minorUsageName2025: record({
    id: 'service-public.fr F36441, loi 2022-301 (2025)',
    title: 'F36441, nom d’usage d’un enfant (loi 2022-301)',
    publisher: SERVICE_PUBLIC,
    date: '2025',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F36441',
  }),
  taxCode: record({
    id: 'Code général des impôts, art. 953',
    title: 'Code général des impôts, article 953',
    publisher: 'Légifrance',
    date: null,
    dateKind: 'published',
    url: null,
  }),
  freePassport: record({
    id: 'service-public.fr F1709 (2023)',
    title: 'F1709, peut-on obtenir un passeport gratuitement ?',
    publisher: SERVICE_PUBLIC,
    date: '2023',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1709',
  }),
  photoGuyane: record({
    id: 'service-public.fr F1357',
    title: 'F1357, passeport : coût du timbre fiscal',
    publisher: SERVICE_PUBLIC,
    date: null,
    dateKind: 'checked',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1357',
  }),
  minorOriginals: record({
    id: 'service-public.fr F1342, F21090, F1153 (2022-2025)',
    title: 'F1342, F21090 et F1153, pièces d’un mineur : « Il faut présenter les documents originaux »',
    publisher: SERVICE_PUBLIC,
    date: '2025',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1342',
  }),
  alternatingResidence: record({
    id: 'service-public.fr F1342 (2023-12-08)',
    title: 'F1342, carte d’identité d’un mineur : parents séparés, résidence alternée',
    publisher: SERVICE_PUBLIC,
    date: '2023-12-08',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F1342',
  }),
  // 2026-12-04 (RULES.md "Changes 2026-12-04", items 13 and 14).
  minorLostPassport: record({
    id: 'service-public.fr F21244 (2025-09-29)',
    title: 'F21244, passeport d’un mineur\u00a0: en cas de perte',
    publisher: SERVICE_PUBLIC,
    date: '2025-09-29',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F21244',
  }),
  minorAddressProof: record({
    id: 'service-public.fr F32675 (2025-04-22)',
    title: 'F32675, justificatif de domicile d’un mineur\u00a0: garde alternée, une ou deux adresses sur le titre',
    publisher: SERVICE_PUBLIC,
    date: '2025-04-22',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F32675',
  }),
  cardFormatRenewal: record({
    id: 'service-public.fr F21089 (2025-04-16)',
    title: 'F21089, renouveler sa carte plastifiée au format carte',
    publisher: SERVICE_PUBLIC,
    date: '2025-04-16',
    dateKind: 'modified',
    url: 'https://www.service-public.fr/particuliers/vosdroits/F21089',
  }),
  franceTitres: record({
    id: 'France Titres, Justif’Adresse',
    title: 'Justif’Adresse : vérification du domicile (« sauf les DROM-COM »)',
    publisher: 'France Titres (ANTS)',
    date: null,
    dateKind: 'checked',
    url: null,
  }),
} as const satisfies Record<string, SourceRecord>;

/** The ids pieces and parameters cite, by a short name for the code. */
export const SOURCES = Object.fromEntries(Object.entries(SOURCE_RECORDS).map(([key, r]) => [key, r.id])) as {
  [K in keyof typeof SOURCE_RECORDS]: (typeof SOURCE_RECORDS)[K]['id'];
};

export type Source = (typeof SOURCES)[keyof typeof SOURCES];

const BY_ID = new Map<string, SourceRecord>(Object.values(SOURCE_RECORDS).map((r) => [r.id, r]));

/** The record behind a piece's source id, or null for an id this engine does not know. */
export function sourceRecord(id: string): SourceRecord | null {
  return BY_ID.get(id) ?? null;
}

const DATE_WORD: Record<SourceRecord['dateKind'], string> = { published: '', checked: 'vérifié le', modified: 'modifié le' };

/** ISO "2025-10-07" → "07/10/2025"; a bare year stays as it is. */
function shown(date: string): string {
  const [y, m, d] = date.split('-');
  return d && m ? `${d}/${m}/${y}` : date;
}

/**
 * What an agent reads for a source: "Guide des usagers de la préfecture
 * (UATS-UNSA, 2021)" or "F14807, justificatif de domicile (service-public.fr…,
 * modifié le 07/10/2025)". An unknown id is said to be unknown, never shown raw.
 */
export function describeSource(id: string): string {
  const r = sourceRecord(id);
  if (!r) return 'Source non répertoriée';
  if (!r.date) return `${r.title} (${r.publisher})`;
  const word = r.date.length === 4 ? '' : DATE_WORD[r.dateKind];
  return `${r.title} (${r.publisher}, ${word ? `${word} ` : ''}${shown(r.date)})`;
}
