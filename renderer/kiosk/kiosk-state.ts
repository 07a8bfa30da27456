import type { FactKey } from '../../rules/index.js';
import type { Answers, Who } from '../../electron/common/contract.js';
import type { Locale } from '../../electron/common/messages/index.js';

export type { Who };
/** The result is not a screen of its own: it is the question screen once nothing is left to ask. */
export type Screen = 'welcome' | 'who' | 'titles' | 'question' | 'goodbye';

export interface Person {
  who: Who;
  applicantId: number | null;
  answers: Answers;
  /** The questions answered, in order, so "back" can take the last one back. */
  history: FactKey[];
}

export interface KioskState {
  screen: Screen;
  locale: Locale;
  reference: string | null;
  people: Person[];
  /** The person being answered for: always the last one added. */
  current: number;
  /** Chosen "several people": the who screen then asks for each person. */
  several: boolean;
  /** What the goodbye screen says, in the citizen's language, before the French welcome comes back. */
  notice: 'goodbye' | 'erased' | null;
}

export const INITIAL_STATE: KioskState = {
  screen: 'welcome',
  locale: 'fr',
  reference: null,
  people: [],
  current: 0,
  several: false,
  notice: null,
};
