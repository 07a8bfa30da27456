import type { FactKey } from '../../rules/index.js';
import type { StationMessageId } from '../../electron/api/messages/index.js';

export interface Choice {
  value: string | boolean;
  label: StationMessageId;
}

/** A question's label is `q.<key>` in the station catalog; its help, when it has one, `q.<key>.help`. */
export type Question =
  | { key: FactKey; kind: 'date' }
  | { key: FactKey; kind: 'choice'; choices: Choice[]; help?: StationMessageId }
  | { key: FactKey; kind: 'titles' };

const yesNo: Choice[] = [{ value: true, label: 'answer.yes' }, { value: false, label: 'answer.no' }];
const yesNoUnknown: Choice[] = [...yesNo, { value: 'unknown', label: 'answer.unknown' }];
const options = (key: string, values: string[]): Choice[] => values.map((value) => ({ value, label: `q.${key}.${value}` as StationMessageId }));
const status = (key: string) => options(key, ['held', 'none', 'lost', 'stolen']);

/** How the station asks each question the engine may list (territory is a setting, never asked). */
export const STATION_QUESTIONS: Record<Exclude<FactKey, 'territory'>, Question> = {
  titles: { key: 'titles', kind: 'titles' },
  birthDate: { key: 'birthDate', kind: 'date' },
  'currentCni.status': { key: 'currentCni.status', kind: 'choice', choices: status('currentCni.status') },
  'currentCni.expiry': { key: 'currentCni.expiry', kind: 'date' },
  'currentCni.format': { key: 'currentCni.format', kind: 'choice', choices: options('currentCni.format', ['laminated', 'card']) },
  'currentPassport.status': { key: 'currentPassport.status', kind: 'choice', choices: status('currentPassport.status') },
  'currentPassport.expiry': { key: 'currentPassport.expiry', kind: 'date' },
  'currentPassport.secure': { key: 'currentPassport.secure', kind: 'choice', choices: yesNo, help: 'q.currentPassport.secure.help' },
  parentalAuthority: { key: 'parentalAuthority', kind: 'choice', choices: options('parentalAuthority', ['joint', 'separated', 'guardian']) },
  alternatingResidence: { key: 'alternatingResidence', kind: 'choice', choices: yesNo, help: 'q.alternatingResidence.help' },
  preApplication: { key: 'preApplication', kind: 'choice', choices: yesNo },
  addressVerifiedOnline: { key: 'addressVerifiedOnline', kind: 'choice', choices: yesNo },
  residence: { key: 'residence', kind: 'choice', choices: options('residence', ['own', 'hosted']) },
  usageName: { key: 'usageName', kind: 'choice', choices: options('usageName', ['none', 'spouse', 'other-parent']) },
  nameChanged: { key: 'nameChanged', kind: 'choice', choices: yesNo, help: 'q.nameChanged.help' },
  passportPagesFull: { key: 'passportPagesFull', kind: 'choice', choices: yesNo },
  birthRecordDematerialized: { key: 'birthRecordDematerialized', kind: 'choice', choices: yesNoUnknown },
  nationalityProvenByBirthRecord: { key: 'nationalityProvenByBirthRecord', kind: 'choice', choices: yesNoUnknown, help: 'q.nationalityProvenByBirthRecord.help' },
  photoAtCounter: { key: 'photoAtCounter', kind: 'choice', choices: yesNo },
};

export const questionLabel = (key: FactKey) => `q.${key}` as StationMessageId;
