// The data fields of perimeter 01 a proof of address carries, by identifier
// (ANTS 2D-Doc specification v3.3.9, § data identifiers): their lengths,
// which the parser needs to split the message (a fixed field has no GS), and
// whether they name or locate a person (shown on screen for the agent to
// compare, never stored, logged or printed). An identifier absent here is
// read as variable length, ended by GS.

export interface FieldSpec {
  min: number;
  max: number;
  /** What the line is, in French, for the screen. */
  label: string;
  /** A name or an address line: screen only. */
  personal: boolean;
}

const text = (label: string, max = 38): FieldSpec => ({ min: 0, max, label, personal: true });
const fixed = (length: number, label: string, personal = false): FieldSpec => ({ min: length, max: length, label, personal });
const other = (label: string, max = Infinity): FieldSpec => ({ min: 0, max, label, personal: false });

export const FIELDS: Readonly<Record<string, FieldSpec>> = {
  '01': other('Identifiant unique du document'),
  '02': other('Catégorie de document'),
  '03': other('Sous-catégorie de document'),
  '04': other('Application de composition'),
  '05': other('Version de l’application de composition'),
  // A date in four hex digits (days since 2000-01-01), as every 2D-Doc date: the cross-check with an independent decoder found it read as six.
  '06': fixed(4, 'Date d’association du code'),
  '07': fixed(6, 'Heure d’association du code'),
  '08': fixed(4, 'Date d’expiration du document'),
  '09': fixed(4, 'Nombre de pages'),
  '0A': fixed(9, 'Éditeur du 2D-Doc'),
  '0B': fixed(9, 'Intégrateur du 2D-Doc'),
  '0C': other('URL du document'),
  '0D': fixed(36, 'UUID du document'),
  '10': text('Bénéficiaire (ligne 1)'),
  '11': text('Bénéficiaire : qualité'),
  '12': text('Bénéficiaire : prénom'),
  '13': text('Bénéficiaire : nom'),
  '14': text('Destinataire (ligne 1)'),
  '15': text('Destinataire : qualité'),
  '16': text('Destinataire : prénom'),
  '17': text('Destinataire : nom'),
  '18': other('Numéro de facture'),
  '19': other('Numéro de client'),
  '1A': other('Numéro de contrat'),
  '1B': other('Identifiant du souscripteur'),
  '1C': fixed(8, 'Date d’effet du contrat'),
  '1D': other('Montant TTC', 16),
  '1E': other('Téléphone du bénéficiaire', 30),
  '1F': other('Téléphone du destinataire', 30),
  '1G': fixed(1, 'Co-bénéficiaire non mentionné'),
  '1H': fixed(1, 'Co-destinataire non mentionné'),
  '1I': text('Co-bénéficiaire (ligne 1)'),
  '1J': text('Co-bénéficiaire : qualité'),
  '1K': text('Co-bénéficiaire : prénom'),
  '1L': text('Co-bénéficiaire : nom'),
  '1M': text('Co-destinataire (ligne 1)'),
  '1N': text('Co-destinataire : qualité'),
  '1O': text('Co-destinataire : prénom'),
  '1P': text('Co-destinataire : nom'),
  '20': text('Adresse du service (ligne 2)'),
  '21': text('Adresse du service (ligne 3)'),
  '22': text('Adresse du service (ligne 4)'),
  '23': text('Adresse du service (ligne 5)'),
  '24': fixed(5, 'Code postal du service', true),
  '25': text('Localité du service', 32),
  '26': fixed(2, 'Pays du service'),
  '27': text('Adresse du destinataire (ligne 2)'),
  '28': text('Adresse du destinataire (ligne 3)'),
  '29': text('Adresse du destinataire (ligne 4)'),
  '2A': text('Adresse du destinataire (ligne 5)'),
  '2B': fixed(5, 'Code postal du destinataire', true),
  '2C': text('Localité du destinataire', 32),
  '2D': fixed(2, 'Pays du destinataire'),
  '40': fixed(13, 'Numéro fiscal'),
  '41': other('Revenu fiscal de référence', 12),
  '42': other('Situation du foyer'),
  '43': other('Nombre de parts', 5),
  '44': fixed(13, 'Référence de l’avis'),
  '45': fixed(4, 'Année des revenus'),
  '46': text('Déclarant 1'),
  '47': fixed(13, 'Numéro fiscal du déclarant 1'),
  '48': text('Déclarant 2'),
  '49': fixed(13, 'Numéro fiscal du déclarant 2'),
  '4A': fixed(8, 'Date de mise en recouvrement'),
  '4B': fixed(8, 'Date de la déclaration'),
  '4Y': { min: 0, max: Infinity, label: 'Adresse', personal: true },
  // A bailiff's deed (type 12) is not a proof of address, but its fixed date (96) must be known to split the fields after it.
  '90': text('Huissier de justice'),
  '91': text('Demandeur'),
  '92': text('Destinataire de l’acte'),
  '93': text('Tiers concerné'),
  '94': other('Intitulé de l’acte', 38),
  '95': other('Numéro de l’acte', 18),
  '96': fixed(8, 'Date de signature de l’acte'),
};
