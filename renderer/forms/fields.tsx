import { useEffect, useId, useState } from 'react';
import { frenchDate, TITLES, type Title } from '../../rules/index.js';
import { useStationText } from '../station-text.js';
import { parseFrenchDate, withDateSeparators } from './french-date.js';

/** An answered date as it is typed back, JJ/MM/AAAA; nothing when unanswered. */
const shown = (iso: string | undefined) => (iso ? frenchDate(iso) : '');

export interface ChoiceOption {
  value: string | boolean;
  label: string;
}

/** A date typed JJ/MM/AAAA; an impossible or malformed date is refused with a French message and not passed on. */
export function DateField(props: {
  label: string;
  value: string | undefined;
  onChange: (iso: string) => void;
  name: string;
  /** Enter on a date that holds: the agent moves on (the screen puts the focus on the next open question). */
  onAccept?: () => void;
}) {
  const t = useStationText();
  const id = useId();
  const [text, setText] = useState(shown(props.value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(shown(props.value)), [props.value]);

  /** Stores the date typed; true when the field then holds a date. */
  const commit = (): boolean => {
    if (text.trim() === '' || text === shown(props.value)) {
      setError(null);
      return text.trim() !== '';
    }
    const parsed = parseFrenchDate(text);
    if (!parsed.ok) {
      setError(parsed.reason === 'malformed' ? t('field.date.malformed') : t('field.date.impossible', { text: text.trim() }));
      return false;
    }
    setError(null);
    props.onChange(parsed.date);
    return true;
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
        onChange={(e) => setText(withDateSeparators(e.target.value))}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (commit()) props.onAccept?.();
          }
        }}
      />
      <span id={`${id}-hint`} className="hint">
        {t('field.date.hint')}
      </span>
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** A question with a few answers: native radio buttons, arrow keys move between them. */
export function ChoiceField(props: {
  label: string;
  name: string;
  choices: ChoiceOption[];
  value: unknown;
  onChange: (value: ChoiceOption['value']) => void;
  help?: string;
  compact?: boolean;
  /** Enter on an answer: it is taken (if it was not yet) and the agent moves on. */
  onAccept?: () => void;
}) {
  const id = useId();
  return (
    <fieldset className={props.compact ? 'choice compact' : 'choice'} aria-describedby={props.help ? `${id}-help` : undefined}>
      <legend>{props.label}</legend>
      {props.help && (
        <p id={`${id}-help`} className="hint">
          {props.help}
        </p>
      )}
      <div className="options">
        {props.choices.map((choice) => (
          <label key={String(choice.value)} className="option">
            <input
              type="radio"
              name={`${props.name}-${id}`}
              value={String(choice.value)}
              checked={props.value === choice.value}
              onChange={() => props.onChange(choice.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' || !props.onAccept) return;
                e.preventDefault();
                if (props.value !== choice.value) props.onChange(choice.value);
                props.onAccept();
              }}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Which titles are requested: at least one stays ticked. */
export function TitlesField(props: {
  value: Title[] | undefined;
  onChange: (titles: Title[]) => void;
  legend?: string;
  /** Enter once a title is ticked: the agent moves on. */
  onAccept?: () => void;
}) {
  const t = useStationText();
  const selected = props.value ?? [];
  const toggle = (title: Title) => {
    const next = selected.includes(title) ? selected.filter((x) => x !== title) : [...selected, title];
    if (next.length > 0) props.onChange(TITLES.filter((x) => next.includes(x)));
  };
  return (
    <fieldset className="choice">
      <legend>{props.legend ?? t('field.titles')}</legend>
      <div className="options">
        {TITLES.map((title) => (
          <label key={title} className="option">
            <input
              type="checkbox"
              checked={selected.includes(title)}
              onChange={() => toggle(title)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' || !props.onAccept) return;
                e.preventDefault();
                // Enter on a title not yet ticked ticks it, as Enter on an answer takes it.
                if (!selected.includes(title)) toggle(title);
                props.onAccept();
              }}
            />
            <span>{t(title === 'cni' ? 'title.cni.short' : 'title.passport')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
