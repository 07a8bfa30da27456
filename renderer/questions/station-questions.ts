// How the station asks each fact, built from the engine's table
// (FACT_DOMAINS): its kind, its answers ("unknown" only where the contract
// allows it) and their labels in the station catalog, so a new value shows
// up here with nothing to restate.
import { FACT_DOMAINS, type FactKey } from '../../rules/index.js';
import { choiceId, questionId, stationFr, type StationMessageId, type StationQuestionKey } from '../../electron/common/messages/index.js';
import { orderedChoices, type FirstChoices } from './choice-order.js';

export interface Choice {
  value: string | boolean;
  label: StationMessageId;
}

/** A question's label is `q.<key>` in the station catalog; its help, when the catalog has one, `q.<key>.help`. */
export type Question =
  | { key: StationQuestionKey; kind: 'date' }
  | { key: StationQuestionKey; kind: 'choice'; choices: Choice[]; help?: StationMessageId }
  | { key: StationQuestionKey; kind: 'titles' };

/** At the counter a document is most often in hand (a renewal): that answer comes first. */
const FIRST: FirstChoices = { 'currentCni.status': ['held'], 'currentPassport.status': ['held'] };

/** Help is optional wording: shown when the catalog has `q.<key>.help`. */
const isStationMessage = (id: string): id is StationMessageId => Object.hasOwn(stationFr, id);

/** How the station asks one fact (territory is a setting, never asked), offering only what the rules allow this person. */
export function stationQuestion(key: StationQuestionKey, adult: boolean | null): Question {
  const kind = FACT_DOMAINS[key].kind;
  if (kind === 'date' || kind === 'titles') return { key, kind };
  const help = `q.${key}.help`;
  return {
    key,
    kind: 'choice',
    choices: orderedChoices(key, FIRST, adult).map((value) => ({ value, label: choiceId(key, value) })),
    help: isStationMessage(help) ? help : undefined,
  };
}

/** The label the station gives a fact, the territory included (the summary names what the engine waits on). */
export const questionLabel = (key: FactKey): StationMessageId => questionId(key);
