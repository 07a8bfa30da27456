import { useEffect, useId, useRef, useState } from 'react';
import type { Settings, VisitStateSummary } from '../../electron/common/contract.js';
import { api } from '../api/host-api.js';
import { useSingleFlight } from '../single-flight.js';
import { useStationText } from '../station-text.js';
import { StateBadge } from '../visit/ApplicantTabs.js';
import { TicketImport } from './TicketImport.js';

/** "k7q 4mz", "K7Q4MZ" or a scanned "K7Q-4MZ" all name the same visit. */
function normalizeReference(text: string): string {
  const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.length === 6 ? `${compact.slice(0, 3)}-${compact.slice(3)}` : text.trim().toUpperCase();
}

/** The counter's home: start a visit, resume one by its reference, today's visits with where each stands. */
export function HomeScreen(props: { settings: Settings; onOpen: (reference: string) => void }) {
  const t = useStationText();
  const [visits, setVisits] = useState<VisitStateSummary[] | null>(null);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    // One call: today's visits (the host's today) with where each stands, judged on the host as on the receipt.
    api.listVisitStates({}).then(setVisits, (e: Error) => setError(e.message));
  }, []);

  const starting = useSingleFlight();
  const start = () =>
    starting.run(async () => {
      try {
        // A visit starts with its first applicant, so the first question is there to answer. A second
        // click while this is on its way would start a second visit: ignored.
        const visit = await api.startVisit({});
        await api.addApplicant({ reference: visit.reference, answers: {} });
        props.onOpen(visit.reference);
      } catch (e) {
        setError((e as Error).message);
      }
    });

  const resume = async () => {
    const wanted = normalizeReference(reference);
    try {
      const visit = await api.getVisit({ reference: wanted });
      if (visit) props.onOpen(visit.reference);
      else setError(t('home.resume.notFound', { reference: wanted }));
    } catch {
      setError(t('home.resume.malformed', { text: reference }));
    }
  };

  return (
    <main id="main" className="home">
      <h1 ref={heading} tabIndex={-1}>
        {t('home.title')}
      </h1>
      <div className="home-actions">
        <section aria-labelledby="new-title" className="panel">
          <h2 id="new-title">{t('home.new.title')}</h2>
          <p>{t('home.new.body')}</p>
          <button type="button" className="primary" onClick={start} elementtiming="start-visit">
            {t('home.new.start')}
          </button>
        </section>
        <section aria-labelledby="resume-title" className="panel">
          <h2 id="resume-title">{t('home.resume.title')}</h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void resume();
            }}
          >
            <div className="field">
              <label htmlFor={inputId}>{t('home.resume.label')}</label>
              <input
                id={inputId}
                autoComplete="off"
                spellCheck={false}
                value={reference}
                onChange={(e) => setReference(e.target.value)}
                placeholder="K7Q-4MZ"
              />
            </div>
            <button type="submit">{t('home.resume.submit')}</button>
          </form>
        </section>
        <TicketImport onOpen={props.onOpen} />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <section aria-labelledby="today-title" className="panel">
        <h2 id="today-title">{t('home.today.title')}</h2>
        {visits === null ? (
          <p>{t('app.loading')}</p>
        ) : visits.length === 0 ? (
          <p>{t('home.today.none')}</p>
        ) : (
          <ul className="visits">
            {visits.map((v) => (
              <li key={v.reference}>
                <button type="button" onClick={() => props.onOpen(v.reference)}>
                  <span>
                    {t('home.today.item', {
                      reference: v.reference,
                      time: new Date(v.createdAt).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' }),
                      count: v.applicants,
                    })}
                  </span>
                  {v.state && <StateBadge state={v.state} />}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
