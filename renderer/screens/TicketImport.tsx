// "Reprendre un ticket de la borne": a keyboard-wedge scanner types the
// ticket's code then Enter into the focused field, or the agent types the
// printed groups; the host decodes it and opens a new station visit.
import { useId, useState } from 'react';
import { api } from '../api/host-api.js';
import { useStationText } from '../station-text.js';

export function TicketImport(props: { onOpen: (reference: string) => void }) {
  const t = useStationText();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const open = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      props.onOpen((await api.importTicket({ code })).reference);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${inputId}-title`} className="panel">
      <h2 id={`${inputId}-title`}>{t('home.ticket.title')}</h2>
      <p>{t('home.ticket.body')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void open();
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>{t('home.ticket.label')}</label>
          <input
            id={inputId}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={400}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            placeholder="DC1… ou DC1K 7H3M …"
            className="ticket-code-input"
          />
        </div>
        {error && (
          <p id={errorId} role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('home.ticket.submit')}
        </button>
      </form>
    </section>
  );
}
