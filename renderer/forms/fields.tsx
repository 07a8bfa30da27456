import { useEffect, useId, useState } from 'react';
import type { Choice } from '../questions/station-questions.js';
import { parseFrenchDate, toFrenchDate } from './french-date.js';

/** A date typed JJ/MM/AAAA; an impossible or malformed date is refused with a French message and not passed on. */
export function DateField(props: { label: string; value: string | undefined; onChange: (iso: string) => void; help?: string; name: string }) {
  const id = useId();
  const [text, setText] = useState(toFrenchDate(props.value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(toFrenchDate(props.value)), [props.value]);

  const commit = () => {
    if (text.trim() === '' || text === toFrenchDate(props.value)) {
      setError(null);
      return;
    }
    const parsed = parseFrenchDate(text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    props.onChange(parsed.date);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="JJ/MM/AAAA"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      <span id={`${id}-hint`} className="hint">{props.help ?? 'Format JJ/MM/AAAA, validé avec Entrée.'}</span>
      {error && <span id={`${id}-error`} className="error" role="alert">{error}</span>}
    </div>
  );
}

/** A question with a few answers: native radio buttons, arrow keys move between them. */
export function ChoiceField(props: { label: string; name: string; choices: Choice[]; value: unknown; onChange: (value: Choice['value']) => void; help?: string; compact?: boolean }) {
  const id = useId();
  return (
    <fieldset className={props.compact ? 'choice compact' : 'choice'} aria-describedby={props.help ? `${id}-help` : undefined}>
      <legend>{props.label}</legend>
      {props.help && <p id={`${id}-help`} className="hint">{props.help}</p>}
      <div className="options">
        {props.choices.map((choice) => (
          <label key={String(choice.value)} className="option">
            <input type="radio" name={`${props.name}-${id}`} checked={props.value === choice.value} onChange={() => props.onChange(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const TITLE_CHOICES = [{ value: 'cni', label: "Carte d'identité" }, { value: 'passport', label: 'Passeport' }] as const;
export type TitleValue = (typeof TITLE_CHOICES)[number]['value'];

/** Which titles are requested: at least one stays ticked. */
export function TitlesField(props: { value: TitleValue[] | undefined; onChange: (titles: TitleValue[]) => void; legend?: string }) {
  const selected = props.value ?? [];
  const toggle = (title: TitleValue) => {
    const next = selected.includes(title) ? selected.filter((t) => t !== title) : [...selected, title];
    if (next.length > 0) props.onChange(TITLE_CHOICES.map((c) => c.value).filter((t) => next.includes(t)));
  };
  return (
    <fieldset className="choice">
      <legend>{props.legend ?? 'Titres demandés'}</legend>
      <div className="options">
        {TITLE_CHOICES.map((choice) => (
          <label key={choice.value} className="option">
            <input type="checkbox" checked={selected.includes(choice.value)} onChange={() => toggle(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
