import { useEffect, useId, useRef, useState } from 'react';
import type { VisitSummary } from '../../electron/api/contract.js';
import { kiosk } from '../api/kiosk-client.js';

/** "k7q 4mz", "K7Q4MZ" or a scanned "K7Q-4MZ" all name the same visit. */
export function normalizeReference(text: string): string {
  const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.length === 6 ? `${compact.slice(0, 3)}-${compact.slice(3)}` : text.trim().toUpperCase();
}

export function HomeScreen(props: { onOpen: (reference: string) => void }) {
  const [visits, setVisits] = useState<VisitSummary[] | null>(null);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    kiosk.getToday({}).then((today) => kiosk.listVisits({ depositDate: today })).then(setVisits, (e: Error) => setError(e.message));
  }, []);

  const start = async () => {
    try {
      props.onOpen((await kiosk.startVisit({})).reference);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const resume = async () => {
    const wanted = normalizeReference(reference);
    try {
      const visit = await kiosk.getVisit({ reference: wanted });
      if (visit) props.onOpen(visit.reference);
      else setError(`Aucune visite ne porte la référence ${wanted} (elle a pu être effacée après le délai de conservation).`);
    } catch {
      setError(`« ${reference} » n'est pas une référence de visite : elle s'écrit comme K7Q-4MZ.`);
    }
  };

  return (
    <main id="main" className="home">
      <h1 ref={heading} tabIndex={-1}>Accueil du guichet</h1>
      <div className="home-actions">
        <section aria-labelledby="new-title" className="panel">
          <h2 id="new-title">Nouvelle visite</h2>
          <p>Un parent et ses enfants venus ensemble forment une seule visite.</p>
          <button type="button" className="primary" onClick={start}>Commencer une visite</button>
        </section>
        <section aria-labelledby="resume-title" className="panel">
          <h2 id="resume-title">Reprendre une visite</h2>
          <form onSubmit={(e) => { e.preventDefault(); void resume(); }}>
            <div className="field">
              <label htmlFor={inputId}>Référence imprimée sur le reçu (saisie ou lecture du QR code)</label>
              <input id={inputId} autoComplete="off" spellCheck={false} value={reference} onChange={(e) => setReference(e.target.value)} placeholder="K7Q-4MZ" />
            </div>
            <button type="submit">Reprendre</button>
          </form>
        </section>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <section aria-labelledby="today-title" className="panel">
        <h2 id="today-title">Visites du jour</h2>
        {visits === null ? <p>Chargement…</p> : visits.length === 0 ? <p>Aucune visite aujourd'hui.</p> : (
          <ul className="visits">
            {visits.map((v) => (
              <li key={v.reference}>
                <button type="button" onClick={() => props.onOpen(v.reference)}>
                  {v.reference} — {new Date(v.createdAt).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' })} — {v.applicants} demandeur{v.applicants > 1 ? 's' : ''}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
