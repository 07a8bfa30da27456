import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A question before an act that cannot be taken back: modal, the focus on
 * « Annuler », so that Enter or Escape pressed in haste keeps things as they are.
 */
export function ConfirmDialog(props: {
  title: string;
  /** The paragraphs that say what happens (and how to come back, where there is a way). */
  children: ReactNode;
  confirm: string;
  cancel: string;
  /** `danger` for an act that erases something. */
  tone: 'primary' | 'danger';
  onConfirm: () => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    dialog.current?.showModal();
    cancel.current?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onClose={props.onClose}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div id={`${id}-body`}>{props.children}</div>
      <div className="actions">
        <button
          type="button"
          className={props.tone}
          onClick={() => {
            props.onConfirm();
            dialog.current?.close();
          }}
        >
          {props.confirm}
        </button>
        <button type="button" ref={cancel} onClick={() => dialog.current?.close()}>
          {props.cancel}
        </button>
      </div>
    </dialog>
  );
}
