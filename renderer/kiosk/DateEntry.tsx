import { useId, useState } from 'react';
import { parseFrenchDate } from '../forms/french-date.js';
import { useT } from './use-t.js';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Adds the slashes as the digits come: "05032012" reads "05/03/2012". */
function withSlashes(digits: string): string {
  return [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 8)].filter(Boolean).join('/');
}

/**
 * A date typed on a big on-screen keypad (a touch kiosk has no keyboard),
 * or on a keyboard. Nothing is passed on until it is a real date. The
 * question is the screen's heading and the field's name at once, so a
 * screen reader reads it once.
 */
export function DateEntry(props: {
  label: string;
  heading: React.RefObject<HTMLHeadingElement | null>;
  example: string;
  latest?: string;
  onDate: (iso: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [digits, setDigits] = useState('');
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (digits.length < 8) return setError(t('date.incomplete'));
    const parsed = parseFrenchDate(withSlashes(digits));
    if (!parsed.ok) return setError(t('date.invalid'));
    if (props.latest && parsed.date > props.latest) return setError(t('date.future'));
    setError(null);
    props.onDate(parsed.date);
  };
  const type = (digit: string) => {
    setError(null);
    setDigits((d) => (d.length < 8 ? d + digit : d));
  };

  return (
    <div className="date-entry">
      <h1 id={`${id}-label`} ref={props.heading} tabIndex={-1} className="question-label">
        {props.label}
      </h1>
      <p id={`${id}-example`} className="example">
        {props.example}
      </p>
      <input
        id={id}
        aria-labelledby={`${id}-label`}
        className="date-display"
        dir="ltr"
        inputMode="none"
        autoComplete="off"
        placeholder="__/__/____"
        value={withSlashes(digits)}
        aria-describedby={`${id}-example${error ? ` ${id}-error` : ''}`}
        aria-invalid={error !== null}
        onChange={(e) => setDigits(e.target.value.replace(/\D/g, '').slice(0, 8))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') confirm();
        }}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="error">
          {error}
        </p>
      )}
      <div className="keypad" role="group" aria-label={t('date.keypad')} dir="ltr">
        {DIGITS.map((digit) => (
          <button key={digit} type="button" onClick={() => type(digit)}>
            {digit}
          </button>
        ))}
        <button type="button" onClick={() => setDigits((d) => d.slice(0, -1))} aria-label={t('date.erase')}>
          ⌫
        </button>
        <button
          type="button"
          onClick={() => {
            setError(null);
            setDigits('');
          }}
        >
          {t('date.clear')}
        </button>
        <button type="button" className="primary" onClick={confirm}>
          {t('date.confirm')}
        </button>
      </div>
    </div>
  );
}
