import { useEffect, useMemo, useRef, useState } from 'react';
import './kiosk.css';
import { IntlProvider } from 'react-intl';
import type { Evaluation, FactKey } from '../../rules/index.js';
import { evaluationOrNull } from '../../electron/common/applicant-evaluation.js';
import type { Settings } from '../../electron/common/contract.js';
import { isBlockedInKiosk, isBlockedWheelInKiosk } from '../../electron/common/kiosk-shortcuts.js';
import { CATALOGS, DIRECTION, LOCALES } from '../../electron/common/messages/index.js';
import { api } from '../api/host-api.js';
import { setAnswer } from '../../electron/common/answers.js';
import { GoodbyeScreen } from './GoodbyeScreen.js';
import { InactivityGuard } from './InactivityGuard.js';
import type { KioskValue } from './kiosk-questions.js';
import { INITIAL_STATE, type KioskState, type Person, type Who } from './kiosk-state.js';
import { QuestionScreen } from './QuestionScreen.js';
import { ResultScreen } from './ResultScreen.js';
import { withFigures } from '../../electron/common/figure-values.js';
import { TodayContext, useT } from './use-t.js';

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
    const wheel = (event: WheelEvent) => {
      if (isBlockedWheelInKiosk({ control: event.ctrlKey, meta: event.metaKey })) event.preventDefault();
    };
    window.addEventListener('keydown', block, { capture: true });
    // Not passive, or preventDefault is ignored.
    window.addEventListener('wheel', wheel, { capture: true, passive: false });
    return () => {
      window.removeEventListener('keydown', block, { capture: true });
      window.removeEventListener('wheel', wheel, { capture: true });
    };
  }, []);
  return (
    <IntlProvider locale={state.locale} defaultLocale="fr" messages={CATALOGS[state.locale]}>
      <KioskFlow settings={settings} state={state} setState={setState} />
    </IntlProvider>
  );
}

type SetState = (change: KioskState | ((s: KioskState) => KioskState)) => void;

/** The citizen's path: welcome, for whom, which titles, one question per screen, then what to bring. */
function KioskFlow({ settings, state, setState }: { settings: Settings; state: KioskState; setState: SetState }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [today, setToday] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const person: Person | undefined = state.people[state.current];
  const evaluationOf = (answers: Person['answers']): Evaluation | null =>
    evaluationOrNull(answers, today, settings.departement, settings.productionDelayDays);
  const evaluation = useMemo(() => (person ? evaluationOf(person.answers) : null), [person, today]);
  const nextKey = evaluation?.questions.find((k) => k !== 'titles' && k !== 'territory') ?? null;
  const showResult = state.screen === 'question' && evaluation !== null && nextKey === null;

  useEffect(() => {
    void api.getToday({}).then(setToday);
  }, []);
  // Focus moves to what appears: each new screen or question starts at its heading.
  useEffect(() => heading.current?.focus(), [state.screen, state.current, nextKey]);

  const withPerson = (change: (p: Person) => Person) =>
    setState((s) => ({ ...s, people: s.people.map((p, i) => (i === s.current ? change(p) : p)) }));
  const report = (e: unknown) => setError((e as Error).message);

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
    if (reference && !erasedOnHost) await api.endVisit({ reference }).catch(() => undefined);
  };

  const start = () =>
    api.startVisit({}).then((visit) => setState((s) => ({ ...s, reference: visit.reference, screen: 'who', notice: null })), report);

  const chooseWho = (who: Who) =>
    setState((s) => ({
      ...s,
      people: [...s.people, { who, applicantId: null, answers: {}, history: [] }],
      current: s.people.length,
      screen: 'titles',
    }));

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

  const chooseTitles = async (titles: ('cni' | 'passport')[]) => {
    await save({ ...person!, answers: setAnswer(person!.answers, 'titles', titles) });
    setState((s) => ({ ...s, screen: 'question' }));
  };

  const answer = (key: FactKey, value: KioskValue) =>
    save({ ...person!, answers: setAnswer(person!.answers, key, value), history: [...person!.history, key] });

  /** One step back: the last answer, then the titles, then this person; never someone else's answers. */
  const back = async () => {
    if (state.screen === 'question' && person!.history.length > 0) {
      const last = person!.history.at(-1)!;
      return save({ ...person!, answers: setAnswer(person!.answers, last, undefined), history: person!.history.slice(0, -1) });
    }
    if (state.screen === 'question') return setState((s) => ({ ...s, screen: 'titles' }));
    if (state.screen === 'titles') {
      if (person?.applicantId) await api.removeApplicant({ reference: state.reference!, applicantId: person.applicantId }).catch(report);
      return setState((s) => ({ ...s, screen: 'who', people: s.people.slice(0, -1), current: Math.max(0, s.people.length - 2) }));
    }
    if (state.people.length > 0) return setState((s) => ({ ...s, screen: 'question', current: s.people.length - 1 }));
    if (state.several) return setState((s) => ({ ...s, several: false }));
    return wipe(null);
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

  const nextPerson = state.people.length > 0 || state.several;
  return (
    <TodayContext.Provider value={today}>
      <div className="kiosk">
        <header className="kiosk-mairie">
          <p>{settings.mairieName}</p>
        </header>
        <main id="main">
          {state.screen === 'welcome' && (
            <section className="welcome">
              <h1 ref={heading} tabIndex={-1}>
                {t('welcome.title')}
              </h1>
              <p>{t('welcome.body')}</p>
              <p>{t('welcome.privacy')}</p>
              {/* Its figures (the temporary passport's stamp and validity) are those of the station's day: shown once it is known. */}
              {today && <p className="example">{withFigures(t, today)('welcome.scope')}</p>}
              <div role="group" aria-label={t('language.choose')} className="languages">
                {LOCALES.map((locale) => (
                  <button
                    key={locale}
                    type="button"
                    lang={locale}
                    aria-pressed={state.locale === locale}
                    onClick={() => setState((s) => ({ ...s, locale, notice: null }))}
                  >
                    {CATALOGS[locale]['language.name']}
                  </button>
                ))}
              </div>
              <button type="button" className="primary big" data-action="start" onClick={() => void start()}>
                {t('welcome.start')}
              </button>
            </section>
          )}

          {state.screen === 'goodbye' && state.notice && (
            <GoodbyeScreen notice={state.notice} booking={settings.booking} onDone={() => setState(INITIAL_STATE)} />
          )}

          {state.screen === 'who' && (
            <section>
              <h1 ref={heading} tabIndex={-1}>
                {t(nextPerson ? 'who.next' : 'who.title')}
              </h1>
              <div className="choices">
                <button type="button" data-who="me" onClick={() => chooseWho('me')}>
                  {t('who.me')}
                </button>
                <button type="button" data-who="child" onClick={() => chooseWho('child')}>
                  {t('who.child')}
                </button>
                {nextPerson ? (
                  <button type="button" data-who="other" onClick={() => chooseWho('other')}>
                    {t('who.other')}
                  </button>
                ) : (
                  <button type="button" data-who="several" onClick={() => setState((s) => ({ ...s, several: true }))}>
                    {t('who.several')}
                  </button>
                )}
              </div>
            </section>
          )}

          {state.screen === 'titles' && person && (
            <section>
              <h1 ref={heading} tabIndex={-1}>
                {t('titles.title', { who: person.who })}
              </h1>
              <div className="choices">
                <button type="button" data-titles="cni" onClick={() => void chooseTitles(['cni'])}>
                  {t('titles.cni')}
                </button>
                <button type="button" data-titles="passport" onClick={() => void chooseTitles(['passport'])}>
                  {t('titles.passport')}
                </button>
                <button type="button" data-titles="cni,passport" onClick={() => void chooseTitles(['cni', 'passport'])}>
                  {t('titles.both')}
                </button>
              </div>
            </section>
          )}

          {state.screen === 'question' && person && nextKey && (
            <QuestionScreen
              person={person}
              questionKey={nextKey}
              remaining={evaluation!.questions.filter((k) => k !== 'titles').length}
              adult={evaluation!.applicant.adult}
              today={today}
              heading={heading}
              onAnswer={(key, value) => void answer(key, value)}
            />
          )}

          {showResult && (
            <section>
              <h1 ref={heading} tabIndex={-1}>
                {t('result.title')}
              </h1>
              <ResultScreen
                people={state.people.flatMap((p) => {
                  const ev = evaluationOf(p.answers);
                  return ev ? [{ who: p.who, evaluation: ev }] : [];
                })}
                booking={settings.booking}
                printing={printing}
                onPrint={() => void print()}
                onAddPerson={() => setState((s) => ({ ...s, screen: 'who', several: true }))}
                onFinish={() => void wipe('erased')}
              />
            </section>
          )}

          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {state.screen !== 'welcome' && state.screen !== 'goodbye' && (
            <nav className="kiosk-nav" aria-label={t('nav.label')}>
              <button type="button" onClick={() => void back()}>
                {t('nav.back')}
              </button>
            </nav>
          )}
        </main>
        <InactivityGuard
          timeoutSeconds={settings.inactivitySeconds}
          graceSeconds={GRACE_SECONDS}
          active={state.screen !== 'welcome' && state.screen !== 'goodbye'}
          onExpire={() => void wipe('erased')}
        />
      </div>
    </TodayContext.Provider>
  );
}
