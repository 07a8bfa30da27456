import type { FactKey } from '../../rules/index.js';
import type { Answers, Who } from '../../electron/common/contract.js';
import type { Locale } from '../../electron/common/messages/index.js';
import { setAnswer } from '../../electron/common/answers.js';

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

// The kiosk's moves, pure so a unit test can walk them; the session hook adds the host calls.

/** A new person to answer for, who becomes the current one; their titles come next. */
export function addPerson(s: KioskState, who: Who): KioskState {
  return { ...s, people: [...s.people, { who, applicantId: null, answers: {}, history: [] }], current: s.people.length, screen: 'titles' };
}

/** The current person changed; the others never. */
export function changeCurrent(s: KioskState, change: (p: Person) => Person): KioskState {
  return { ...s, people: s.people.map((p, i) => (i === s.current ? change(p) : p)) };
}

/**
 * What "back" does from here: take the last answer back, move to an earlier
 * screen ({@link backMove}), or leave the session (nothing left to go back to).
 */
export function backAction(s: KioskState): 'unanswer' | 'move' | 'leave' {
  const person = s.people[s.current];
  if (s.screen === 'question' && person && person.history.length > 0) return 'unanswer';
  if (s.screen === 'question' || s.screen === 'titles') return 'move';
  if (s.people.length > 0 || s.several) return 'move';
  return 'leave';
}

/** One step back: the titles, then this person dropped; never someone else's answers. */
export function backMove(s: KioskState): KioskState {
  if (s.screen === 'question') return { ...s, screen: 'titles' };
  if (s.screen === 'titles') return { ...s, screen: 'who', people: s.people.slice(0, -1), current: Math.max(0, s.people.length - 2) };
  if (s.people.length > 0) return { ...s, screen: 'question', current: s.people.length - 1 };
  return { ...s, several: false };
}

/** The person's last answer taken back (the question is asked again). */
export function unanswer(p: Person): Person {
  const last = p.history.at(-1);
  return last === undefined ? p : { ...p, answers: setAnswer(p.answers, last, undefined), history: p.history.slice(0, -1) };
}
