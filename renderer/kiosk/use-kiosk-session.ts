// The kiosk's session with the host: the visit it opens, the answers it
// stores, the ticket it prints and the erasure at the end. The moves
// themselves are the pure ones of kiosk-state.ts.
import { useEffect, useRef, useState } from 'react';
import type { FactKey } from '../../rules/index.js';
import { setAnswer } from '../../electron/common/answers.js';
import { api } from '../api/host-api.js';
import { useSingleFlight } from '../single-flight.js';
import type { KioskValue } from './kiosk-questions.js';
import {
  addPerson,
  backAction,
  backMove,
  changeCurrent,
  INITIAL_STATE,
  unanswer,
  type KioskState,
  type Person,
  type Who,
} from './kiosk-state.js';
import { useT } from './use-t.js';

type SetState = (change: KioskState | ((s: KioskState) => KioskState)) => void;

export function useKioskSession(state: KioskState, setState: SetState) {
  const t = useT();
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const person: Person | undefined = state.people[state.current];

  useEffect(() => {
    void api.getToday({}).then(setToday);
  }, []);

  const withPerson = (change: (p: Person) => Person) => setState((s) => changeCurrent(s, change));
  const report = (e: unknown) => setError((e as Error).message);

  // The removals and the erasure reach the host in the order the citizen tapped:
  // the screen moves at once, so a second tap acts on what it shows while the
  // first tap's call is still on its way.
  const hostCalls = useRef<Promise<unknown>>(Promise.resolve());
  const inOrder = <T>(call: () => Promise<T>): Promise<T> => {
    const result = hostCalls.current.then(call);
    hostCalls.current = result.catch(() => undefined);
    return result;
  };

  /**
   * Erases the session everywhere: the host's rows, this page's state and
   * storage. A notice first shows the goodbye screen in the citizen's
   * language (nothing of the answers is kept for it); without, straight to the French welcome.
   */
  const wipe = async (notice: KioskState['notice'], erasedOnHost = false) => {
    const reference = state.reference;
    setState(notice ? { ...INITIAL_STATE, locale: state.locale, screen: 'goodbye', notice } : INITIAL_STATE);
    setError(null);
    setPrinting(false);
    sessionStorage.clear();
    localStorage.clear();
    if (reference && !erasedOnHost) await inOrder(() => api.endVisit({ reference })).catch(() => undefined);
  };

  // « Commencer » and a title tapped twice while the visit or the person is being created create one,
  // not two; « Retour » waits for it too, so the person it would drop is the one being stored.
  const creating = useSingleFlight();

  const start = () =>
    creating.run(() =>
      api.startVisit({}).then((visit) => setState((s) => ({ ...s, reference: visit.reference, screen: 'who', notice: null })), report),
    );

  const chooseWho = (who: Who) => setState((s) => addPerson(s, who));

  /** Shows the person's new answers at once, then stores them (the first time, as a new applicant). */
  const save = async (next: Person) => {
    withPerson(() => next);
    try {
      if (next.applicantId === null) {
        const { applicantId } = await api.addApplicant({ reference: state.reference!, answers: next.answers });
        withPerson((p) => ({ ...p, applicantId }));
      } else {
        await api.saveAnswers({ reference: state.reference!, applicantId: next.applicantId, answers: next.answers });
      }
      setError(null);
    } catch (e) {
      report(e);
    }
  };

  const chooseTitles = (titles: ('cni' | 'passport')[]) =>
    creating.run(async () => {
      await save({ ...person!, answers: setAnswer(person!.answers, 'titles', titles) });
      setState((s) => ({ ...s, screen: 'question' }));
    });

  const answer = (key: FactKey, value: KioskValue) =>
    save({ ...person!, answers: setAnswer(person!.answers, key, value), history: [...person!.history, key] });

  /** One step back: the last answer, then the titles, then this person (whose stored row goes too). */
  const back = async () => {
    if (creating.busy) return;
    const action = backAction(state);
    if (action === 'unanswer') return save(unanswer(person!));
    if (action === 'leave') return wipe(null);
    // Moved before the host hears of it: a second tap while this person's row is
    // being removed once asked to remove it again, and showed the citizen the
    // host's "not found" (a double tap on a loaded machine, issue 20).
    const dropped = state.screen === 'titles' ? person?.applicantId : null;
    setState(backMove);
    if (dropped) await inOrder(() => api.removeApplicant({ reference: state.reference!, applicantId: dropped })).catch(report);
  };

  const print = async () => {
    setPrinting(true);
    try {
      const result = await api.printTicket({ reference: state.reference!, locale: state.locale, who: state.people.map((p) => p.who) });
      if (result.printed) return await wipe('goodbye', true);
      setPrinting(false);
      setError(t('result.printFailed'));
    } catch (e) {
      setPrinting(false);
      report(e);
    }
  };

  return { today, error, printing, person, wipe, start, chooseWho, chooseTitles, answer, back, print };
}
