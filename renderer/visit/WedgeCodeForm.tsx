// The scanner's way in: in keyboard-wedge mode it types the code and Enter
// into this field. A scanner sending GS, RS or US as a Ctrl chord types no
// character: the field writes the control's name instead.
import { type KeyboardEvent, type Ref } from 'react';
import { controlForKey, GS_TYPED } from './two-d-doc-keys.js';
import { useStationText } from '../station-text.js';

export function WedgeCodeForm(props: {
  id: string;
  field: Ref<HTMLInputElement>;
  code: string;
  busy: boolean;
  onChange: (code: string) => void;
  onRead: () => void;
}) {
  const t = useStationText();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const control = controlForKey(event);
    if (!control) return;
    event.preventDefault();
    const input = event.currentTarget;
    const at = input.selectionStart ?? props.code.length;
    props.onChange(props.code.slice(0, at) + GS_TYPED[control] + props.code.slice(input.selectionEnd ?? at));
  };
  return (
    <>
      <p>{t('twoDDoc.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onRead();
        }}
      >
        <div className="field">
          <label htmlFor={props.id}>{t('twoDDoc.label')}</label>
          <input
            id={props.id}
            ref={props.field}
            value={props.code}
            onChange={(e) => props.onChange(e.target.value)}
            onKeyDown={onKeyDown}
            autoComplete="off"
            spellCheck={false}
            maxLength={4000}
            className="two-d-doc-input"
          />
        </div>
        <button type="submit" disabled={props.busy}>
          {t('twoDDoc.read')}
        </button>
      </form>
    </>
  );
}
