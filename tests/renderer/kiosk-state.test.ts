import { describe, expect, it } from 'vitest';
import {
  addPerson,
  backAction,
  backMove,
  changeCurrent,
  INITIAL_STATE,
  unanswer,
  type KioskState,
} from '../../renderer/kiosk/kiosk-state.js';

const atWho: KioskState = { ...INITIAL_STATE, reference: 'K-1', screen: 'who' };

describe('the kiosk moves', () => {
  it('adds a person as the current one and asks for their titles', () => {
    const one = addPerson(atWho, 'me');
    expect(one).toMatchObject({ screen: 'titles', current: 0, people: [{ who: 'me', applicantId: null, answers: {}, history: [] }] });
    const two = addPerson({ ...one, screen: 'who' }, 'child');
    expect(two.current).toBe(1);
    expect(two.people.map((p) => p.who)).toEqual(['me', 'child']);
  });

  it('changes the current person only', () => {
    const two = addPerson(addPerson(atWho, 'me'), 'child');
    const changed = changeCurrent(two, (p) => ({ ...p, applicantId: 7 }));
    expect(changed.people.map((p) => p.applicantId)).toEqual([null, 7]);
  });

  it('takes the last answer back first, and only it', () => {
    const state: KioskState = {
      ...addPerson(atWho, 'me'),
      screen: 'question',
    };
    const answered = changeCurrent(state, (p) => ({ ...p, answers: { titles: ['cni'], birthDate: '1990-05-01' }, history: ['birthDate'] }));
    expect(backAction(answered)).toBe('unanswer');
    const back = unanswer(answered.people[0]!);
    expect(back.history).toEqual([]);
    expect(back.answers).toEqual({ titles: ['cni'] });
    expect(unanswer(back)).toBe(back);
  });

  it('goes back from the first question to the titles, then drops the person', () => {
    const question: KioskState = { ...addPerson(atWho, 'me'), screen: 'question' };
    expect(backAction(question)).toBe('move');
    const titles = backMove(question);
    expect(titles.screen).toBe('titles');
    expect(backAction(titles)).toBe('move');
    const who = backMove(titles);
    expect(who).toMatchObject({ screen: 'who', people: [], current: 0 });
  });

  it('from a second person’s titles, drops that person only, then goes back to the first one’s questions', () => {
    const two = addPerson({ ...addPerson(atWho, 'me'), screen: 'who' }, 'child');
    const dropped = backMove(two);
    expect(dropped).toMatchObject({ screen: 'who', current: 0 });
    expect(dropped.people.map((p) => p.who)).toEqual(['me']);
    expect(backMove(dropped)).toMatchObject({ screen: 'question', current: 0 });
  });

  it('undoes "several people", then leaves the session', () => {
    const several: KioskState = { ...atWho, several: true };
    expect(backAction(several)).toBe('move');
    const notSeveral = backMove(several);
    expect(notSeveral.several).toBe(false);
    expect(backAction(notSeveral)).toBe('leave');
  });
});
