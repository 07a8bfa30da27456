import { useEffect, useMemo, useRef } from 'react';
import type { Evaluation } from '../../rules/index.js';
import { evaluationOrNull } from '../../electron/common/applicant-evaluation.js';
import type { Settings } from '../../electron/common/contract.js';
import { GoodbyeScreen } from './GoodbyeScreen.js';
import { InactivityGuard } from './InactivityGuard.js';
import { INITIAL_STATE, type KioskState, type Person } from './kiosk-state.js';
import { QuestionScreen } from './QuestionScreen.js';
import { ResultScreen } from './ResultScreen.js';
import { TitlesScreen } from './TitlesScreen.js';
import { TodayContext, useT } from './use-t.js';
import { useKioskSession } from './use-kiosk-session.js';
import { WelcomeScreen } from './WelcomeScreen.js';
import { WhoScreen } from './WhoScreen.js';

/** The WCAG 2.2.1 minimum is 20 s to answer "are you still there?"; the kiosk gives 30. */
export const GRACE_SECONDS = 30;

type SetState = (change: KioskState | ((s: KioskState) => KioskState)) => void;

/** The citizen's path: welcome, for whom, which titles, one question per screen, then what to bring. */
export function KioskFlow({ settings, state, setState }: { settings: Settings; state: KioskState; setState: SetState }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const session = useKioskSession(state, setState);
  const { today, person } = session;
  const evaluationOf = (answers: Person['answers']): Evaluation | null =>
    evaluationOrNull(answers, today, settings.departement, settings.productionDelayDays);
  const evaluation = useMemo(() => (person ? evaluationOf(person.answers) : null), [person, today]);
  const nextKey = evaluation?.questions.find((k) => k !== 'titles' && k !== 'territory') ?? null;
  const showResult = state.screen === 'question' && evaluation !== null && nextKey === null;
  const inSession = state.screen !== 'welcome' && state.screen !== 'goodbye';

  // Focus moves to what appears: each new screen or question starts at its heading.
  useEffect(() => heading.current?.focus(), [state.screen, state.current, nextKey]);

  return (
    <TodayContext.Provider value={today}>
      <div className="kiosk">
        <header className="kiosk-mairie">
          <p>{settings.mairieName}</p>
        </header>
        <main id="main">
          {state.screen === 'welcome' && (
            <WelcomeScreen
              heading={heading}
              locale={state.locale}
              today={today}
              onLocale={(locale) => setState((s) => ({ ...s, locale, notice: null }))}
              onStart={() => void session.start()}
            />
          )}
          {state.screen === 'goodbye' && state.notice && (
            <GoodbyeScreen notice={state.notice} booking={settings.booking} onDone={() => setState(INITIAL_STATE)} />
          )}
          {state.screen === 'who' && (
            <WhoScreen
              heading={heading}
              nextPerson={state.people.length > 0 || state.several}
              onWho={session.chooseWho}
              onSeveral={() => setState((s) => ({ ...s, several: true }))}
            />
          )}
          {state.screen === 'titles' && person && (
            <TitlesScreen heading={heading} who={person.who} onTitles={(titles) => void session.chooseTitles(titles)} />
          )}
          {state.screen === 'question' && person && nextKey && (
            <QuestionScreen
              person={person}
              questionKey={nextKey}
              remaining={evaluation!.questions.filter((k) => k !== 'titles').length}
              adult={evaluation!.applicant.adult}
              today={today}
              heading={heading}
              onAnswer={(key, value) => void session.answer(key, value)}
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
                printing={session.printing}
                onPrint={() => void session.print()}
                onAddPerson={() => setState((s) => ({ ...s, screen: 'who', several: true }))}
                onFinish={() => void session.wipe('erased')}
              />
            </section>
          )}
          {session.error && (
            <p role="alert" className="error">
              {session.error}
            </p>
          )}
          {inSession && (
            <nav className="kiosk-nav" aria-label={t('nav.label')}>
              <button type="button" onClick={() => void session.back()}>
                {t('nav.back')}
              </button>
            </nav>
          )}
        </main>
        <InactivityGuard
          timeoutSeconds={settings.inactivitySeconds}
          graceSeconds={GRACE_SECONDS}
          active={inSession}
          onExpire={() => void session.wipe('erased')}
        />
      </div>
    </TodayContext.Provider>
  );
}
