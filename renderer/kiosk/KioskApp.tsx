import { useEffect, useMemo, useRef, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { Evaluation, FactKey } from '../../rules/index.js';
import { evaluateAnswers } from '../../electron/api/applicant-evaluation.js';
import type { Settings } from '../../electron/api/contract.js';
import { isBlockedInKiosk } from '../../electron/api/kiosk-shortcuts.js';
import { CATALOGS, DIRECTION, LOCALES, type Locale } from '../../electron/api/messages/index.js';
import { kiosk } from '../api/kiosk-client.js';
import { DateEntry } from './DateEntry.js';
import { InactivityGuard } from './InactivityGuard.js';
import { choiceMessage, DATE_KEYS, exampleMessage, KIOSK_CHOICES, questionMessage, type KioskValue } from './kiosk-questions.js';
import { getAnswer, INITIAL_STATE, setAnswer, type KioskState, type Person, type Who } from './kiosk-state.js';
import { ResultScreen } from './ResultScreen.js';
import { useT } from './use-t.js';

/** The WCAG 2.2.1 minimum is 20 s to answer "are you still there?"; the kiosk gives 30. */
export const GRACE_SECONDS = 30;

export function KioskApp({ settings }: { settings: Settings }) {
  const [state, setState] = useState<KioskState>(INITIAL_STATE);
  useEffect(() => {
    document.documentElement.lang = state.locale;
    document.documentElement.dir = DIRECTION[state.locale];
  }, [state.locale]);
  useEffect(() => {
    // The kiosk's own page refuses the shortcuts that would leave or break it.
    const block = (event: KeyboardEvent) => {
      if (isBlockedInKiosk({ key: event.key, control: event.ctrlKey, meta: event.metaKey, alt: event.altKey, shift: event.shiftKey })) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', block, { capture: true });
    return () => window.removeEventListener('keydown', block, { capture: true });
  }, []);
  return (
    <IntlProvider locale={state.locale} defaultLocale="fr" messages={CATALOGS[state.locale]}>
      <KioskFlow settings={settings} state={state} setState={setState} />
    </IntlProvider>
  );
}

function KioskFlow({ settings, state, setState }: { settings: Settings; state: KioskState; setState: (s: KioskState | ((s: KioskState) => KioskState)) => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const person: Person | undefined = state.people[state.current];
  const evaluate = (answers: Person['answers']): Evaluation | null => {
    if (!today) return null;
    const result = evaluateAnswers(answers, today, settings.departement);
    return result.ok ? result.evaluation : null;
  };
  const evaluation = useMemo(() => (person ? evaluate(person.answers) : null), [person, today]);
  const nextKey = evaluation?.questions.find((k) => k !== 'titles' && k !== 'territory') ?? null;

  useEffect(() => {
    void kiosk.getToday({}).then(setToday);
  }, []);
  // Focus moves to what appears: each new screen or question starts at its heading.
  useEffect(() => heading.current?.focus(), [state.screen, state.current, nextKey]);

  const update = (change: (s: KioskState) => KioskState) => setState(change);
  const withPerson = (s: KioskState, change: (p: Person) => Person): KioskState => ({ ...s, people: s.people.map((p, i) => (i === s.current ? change(p) : p)) });

  /** Erases the session everywhere: the host's rows, this page's state and storage. */
  const wipe = async (notice: KioskState['notice'], alreadyErased = false) => {
    const reference = state.reference;
    setState({ ...INITIAL_STATE, notice });
    setError(null);
    setPrinting(false);
    sessionStorage.clear();
    localStorage.clear();
    if (reference && !alreadyErased) await kiosk.endVisit({ reference }).catch(() => undefined);
  };

  const start = async () => {
    try {
      const visit = await kiosk.startVisit({});
      update((s) => ({ ...s, reference: visit.reference, screen: 'who', notice: null }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const chooseWho = (choice: Who | 'several') => {
    if (choice === 'several') return update((s) => ({ ...s, several: true }));
    update((s) => ({ ...s, people: [...s.people, { who: choice, applicantId: null, answers: {}, history: [] }], current: s.people.length, screen: 'titles' }));
  };

  const save = async (next: Person) => {
    update((s) => withPerson(s, () => next));
    try {
      if (next.applicantId === null) {
        const visit = await kiosk.addApplicant({ reference: state.reference!, answers: next.answers });
        const id = visit.applicants.at(-1)!.id;
        update((s) => withPerson(s, (p) => ({ ...p, applicantId: id })));
      } else {
        await kiosk.saveAnswers({ reference: state.reference!, applicantId: next.applicantId, answers: next.answers });
      }
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const chooseTitles = async (titles: ('cni' | 'passport')[]) => {
    await save({ ...person!, answers: setAnswer(person!.answers, 'titles', titles) });
    update((s) => ({ ...s, screen: 'question' }));
  };

  const answer = (key: FactKey, value: KioskValue) => save({ ...person!, answers: setAnswer(person!.answers, key, value), history: [...person!.history, key] });

  const back = () => {
    if (state.screen === 'result' || (state.screen === 'question' && person && person.history.length > 0)) {
      const last = person!.history.at(-1)!;
      void save({ ...person!, answers: setAnswer(person!.answers, last, undefined), history: person!.history.slice(0, -1) });
      return update((s) => ({ ...s, screen: 'question' }));
    }
    if (state.screen === 'question') return update((s) => ({ ...s, screen: 'titles' }));
    if (state.screen === 'titles') return update((s) => ({ ...s, screen: 'who', people: person?.applicantId === null ? s.people.slice(0, -1) : s.people }));
    return wipe(null);
  };

  const print = async () => {
    setPrinting(true);
    try {
      await kiosk.printTicket({ reference: state.reference!, locale: state.locale, who: state.people.map((p) => p.who) });
      await wipe('goodbye', true);
    } catch (e) {
      setPrinting(false);
      setError((e as Error).message);
    }
  };

  const screen = state.screen === 'question' && evaluation && nextKey === null ? 'result' : state.screen;
  const step = (person?.history.length ?? 0) + 1;
  const remaining = evaluation?.questions.filter((k) => k !== 'titles').length ?? 1;

  return (
    <div className="kiosk">
      <main id="main">
        {screen === 'welcome' && (
          <section className="welcome">
            <h1 ref={heading} tabIndex={-1}>{t('welcome.title')}</h1>
            {state.notice && <p role="status" className="notice">{t(state.notice === 'goodbye' ? 'welcome.goodbye' : 'welcome.erased')}</p>}
            <p>{t('welcome.body')}</p>
            <p>{t('welcome.privacy')}</p>
            <div role="group" aria-label={t('language.choose')} className="languages">
              {LOCALES.map((locale: Locale) => (
                <button key={locale} type="button" lang={locale} aria-pressed={state.locale === locale} onClick={() => update((s) => ({ ...s, locale, notice: null }))}>
                  {CATALOGS[locale]['language.name']}
                </button>
              ))}
            </div>
            <button type="button" className="primary big" onClick={start}>{t('welcome.start')}</button>
          </section>
        )}

        {screen === 'who' && (
          <section>
            <h1 ref={heading} tabIndex={-1}>{t(state.people.length > 0 || state.several ? 'who.next' : 'who.title')}</h1>
            <div className="choices">
              <button type="button" onClick={() => chooseWho('me')}>{t('who.me')}</button>
              <button type="button" onClick={() => chooseWho('child')}>{t('who.child')}</button>
              {state.people.length > 0 || state.several
                ? <button type="button" onClick={() => chooseWho('other')}>{t('who.other')}</button>
                : <button type="button" onClick={() => chooseWho('several')}>{t('who.several')}</button>}
            </div>
          </section>
        )}

        {screen === 'titles' && person && (
          <section>
            <h1 ref={heading} tabIndex={-1}>{t('titles.title', { who: person.who })}</h1>
            <div className="choices">
              <button type="button" onClick={() => void chooseTitles(['cni'])}>{t('titles.cni')}</button>
              <button type="button" onClick={() => void chooseTitles(['passport'])}>{t('titles.passport')}</button>
              <button type="button" onClick={() => void chooseTitles(['cni', 'passport'])}>{t('titles.both')}</button>
            </div>
          </section>
        )}

        {screen === 'question' && person && nextKey && (
          <section>
            <p className="step">{t('nav.step', { current: step })}</p>
            <progress value={step - 1} max={step - 1 + remaining} aria-label={t('nav.progress')} />
            {DATE_KEYS.has(nextKey) ? (
              <>
                <h1 ref={heading} tabIndex={-1} className="visually-hidden">{t(questionMessage(nextKey), { who: person.who })}</h1>
                <DateEntry
                  key={`${state.current}-${nextKey}`}
                  label={t(questionMessage(nextKey), { who: person.who })}
                  example={t(exampleMessage(nextKey))}
                  latest={nextKey === 'birthDate' ? today ?? undefined : undefined}
                  onDate={(date) => void answer(nextKey, date)}
                />
              </>
            ) : (
              <>
                <h1 ref={heading} tabIndex={-1} className="question-label">{t(questionMessage(nextKey), { who: person.who })}</h1>
                <p className="example">{t(exampleMessage(nextKey))}</p>
                <div className="choices">
                  {(KIOSK_CHOICES[nextKey] ?? []).map((value) => (
                    <button key={String(value)} type="button" aria-pressed={getAnswer(person.answers, nextKey) === value} onClick={() => void answer(nextKey, value)}>
                      {t(choiceMessage(nextKey, value))}
                    </button>
                  ))}
                </div>
              </>
            )}
          </section>
        )}

        {screen === 'result' && (
          <section>
            <h1 ref={heading} tabIndex={-1}>{t('result.title')}</h1>
            <ResultScreen
              people={state.people.flatMap((p) => {
                const ev = evaluate(p.answers);
                return ev ? [{ who: p.who, evaluation: ev }] : [];
              })}
              printing={printing}
              onPrint={() => void print()}
              onAddPerson={() => update((s) => ({ ...s, screen: 'who', several: true }))}
              onFinish={() => void wipe('erased')}
            />
          </section>
        )}

        {error && <p role="alert" className="error">{error}</p>}
        {screen !== 'welcome' && (
          <nav className="kiosk-nav" aria-label={t('nav.progress')}>
            <button type="button" onClick={() => void back()}>{t('nav.back')}</button>
          </nav>
        )}
      </main>
      <InactivityGuard timeoutSeconds={settings.inactivitySeconds} graceSeconds={GRACE_SECONDS} active={screen !== 'welcome'} onExpire={() => void wipe('erased')} />
    </div>
  );
}
