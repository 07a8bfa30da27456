import type { FactKey } from '../../rules/index.js';

export interface Choice {
  value: string | boolean;
  label: string;
}

export type Question =
  | { key: FactKey; label: string; kind: 'date'; help?: string }
  | { key: FactKey; label: string; kind: 'choice'; choices: Choice[]; help?: string }
  | { key: FactKey; label: string; kind: 'titles' };

const yesNo: Choice[] = [{ value: true, label: 'Oui' }, { value: false, label: 'Non' }];
const yesNoUnknown: Choice[] = [...yesNo, { value: 'unknown', label: 'Ne sait pas' }];
const documentStatus = (held: string, none: string): Choice[] => [
  { value: 'held', label: held }, { value: 'none', label: none }, { value: 'lost', label: 'Perdu(e)' }, { value: 'stolen', label: 'Volé(e)' },
];

/** The agent's wording of each question the engine may list (territory is a station setting, never asked). */
export const STATION_QUESTIONS: Record<Exclude<FactKey, 'territory'>, Question> = {
  titles: { key: 'titles', label: 'Titres demandés', kind: 'titles' },
  birthDate: { key: 'birthDate', label: 'Date de naissance du demandeur', kind: 'date' },
  'currentCni.status': { key: 'currentCni.status', label: "Carte d'identité actuelle", kind: 'choice', choices: documentStatus('En sa possession (valide ou expirée)', 'Aucune, jamais eue') },
  'currentCni.expiry': { key: 'currentCni.expiry', label: "Date d'expiration imprimée sur la carte d'identité", kind: 'date' },
  'currentCni.format': { key: 'currentCni.format', label: 'Modèle de la carte', kind: 'choice',
    choices: [{ value: 'laminated', label: 'Ancienne carte plastifiée' }, { value: 'card', label: 'Format carte bancaire (depuis 2021)' }] },
  'currentPassport.status': { key: 'currentPassport.status', label: 'Passeport actuel', kind: 'choice', choices: documentStatus('En sa possession (valide ou expiré)', 'Aucun, jamais eu') },
  'currentPassport.expiry': { key: 'currentPassport.expiry', label: "Date d'expiration du passeport", kind: 'date' },
  'currentPassport.secure': { key: 'currentPassport.secure', label: 'Passeport électronique ou biométrique ?', kind: 'choice', choices: yesNo,
    help: 'Tous les passeports délivrés depuis 2006 sont électroniques (logo sur la couverture).' },
  parentalAuthority: { key: 'parentalAuthority', label: 'Autorité parentale', kind: 'choice',
    choices: [{ value: 'joint', label: 'Parents ensemble' }, { value: 'separated', label: 'Parents séparés ou divorcés' }, { value: 'guardian', label: 'Tuteur' }] },
  preApplication: { key: 'preApplication', label: 'Pré-demande faite en ligne ?', kind: 'choice', choices: yesNo },
  addressVerifiedOnline: { key: 'addressVerifiedOnline', label: "Adresse vérifiée en ligne (Justif'Adresse) lors de la pré-demande ?", kind: 'choice', choices: yesNo },
  residence: { key: 'residence', label: 'Domicile', kind: 'choice',
    choices: [{ value: 'own', label: 'À son adresse' }, { value: 'hosted', label: 'Hébergé chez un tiers' }] },
  usageName: { key: 'usageName', label: "Nom d'usage pas encore sur un titre", kind: 'choice',
    choices: [{ value: 'none', label: 'Aucun' }, { value: 'spouse', label: "Nom de l'époux ou de l'épouse" }, { value: 'other-parent', label: "Nom de l'autre parent" }] },
  birthRecordDematerialized: { key: 'birthRecordDematerialized', label: 'Commune de naissance raccordée à COMEDEC (ou acte à Nantes) ?', kind: 'choice', choices: yesNoUnknown },
  nationalityProvenByBirthRecord: { key: 'nationalityProvenByBirthRecord', label: "L'acte de naissance prouve-t-il la nationalité française ?", kind: 'choice', choices: yesNoUnknown,
    help: 'Non, par exemple, pour une personne née à l’étranger de parents nés à l’étranger.' },
  photoAtCounter: { key: 'photoAtCounter', label: 'Photo prise au guichet (pas de photographe) ?', kind: 'choice', choices: yesNo },
};
