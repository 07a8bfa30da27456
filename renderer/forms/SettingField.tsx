import type { ReactNode } from 'react';
import { useStationText } from '../station-text.js';

/**
 * One labelled setting with its hint and its error beside it: the control
 * gets `aria-invalid` and is described by both, so a screen reader reads why.
 */
export function SettingField(props: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  children: (aria: AriaProps) => ReactNode;
}) {
  const t = useStationText();
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field" data-field={props.id}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required && <span className="required"> ({t('settings.required')})</span>}
      </label>
      {props.children({
        id: props.id,
        'aria-invalid': props.error ? true : undefined,
        'aria-required': props.required || undefined,
        'aria-describedby': described || undefined,
      })}
      {props.hint && (
        <span id={`${props.id}-hint`} className="hint">
          {props.hint}
        </span>
      )}
      {props.error && (
        <span id={`${props.id}-error`} className="error">
          {props.error}
        </span>
      )}
    </div>
  );
}

export interface AriaProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
  'aria-describedby': string | undefined;
}
