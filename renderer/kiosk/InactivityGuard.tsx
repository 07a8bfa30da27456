import { useEffect, useRef, useState } from 'react';
import { useT } from './use-t.js';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * After `timeoutSeconds` without a touch or a key, asks whether the person is
 * still there for `graceSeconds` (WCAG 2.2.1: at least 20 s, one simple
 * action to go on). Going on changes nothing else on screen; no answer calls
 * `onExpire`.
 */
export function InactivityGuard(props: { timeoutSeconds: number; graceSeconds: number; active: boolean; onExpire: () => void }) {
  const t = useT();
  const [remaining, setRemaining] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const onExpire = useRef(props.onExpire);
  onExpire.current = props.onExpire;
  const warning = remaining !== null;

  // Watch for activity while no warning is shown.
  useEffect(() => {
    if (!props.active || warning) return;
    let timer = setTimeout(() => setRemaining(props.graceSeconds), props.timeoutSeconds * 1000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setRemaining(props.graceSeconds), props.timeoutSeconds * 1000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, reset, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, reset, { capture: true });
    };
  }, [props.active, props.timeoutSeconds, props.graceSeconds, warning]);

  // Count down while the warning is shown.
  useEffect(() => {
    if (!warning) return;
    dialog.current?.showModal();
    const tick = setInterval(() => setRemaining((r) => (r === null ? null : r - 1)), 1000);
    return () => clearInterval(tick);
  }, [warning]);

  const goOn = () => {
    dialog.current?.close();
    setRemaining(null);
  };
  const expire = () => {
    goOn();
    onExpire.current();
  };

  useEffect(() => {
    if (remaining !== null && remaining <= 0) expire();
  }, [remaining]);

  return (
    <dialog
      ref={dialog}
      className="inactivity"
      aria-labelledby="inactivity-title"
      aria-describedby="inactivity-body"
      onCancel={(e) => {
        e.preventDefault();
        goOn();
      }}
    >
      {warning && (
        <>
          <h2 id="inactivity-title">{t('inactivity.title')}</h2>
          <p id="inactivity-body" aria-live="polite">
            {t('inactivity.body', { seconds: Math.max(remaining, 0) })}
          </p>
          <div className="actions">
            <button type="button" className="primary" autoFocus onClick={goOn}>
              {t('inactivity.continue')}
            </button>
            <button type="button" onClick={expire}>
              {t('inactivity.leave')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
