import { useCallback, useEffect, useState } from 'react';
import type { CheckedPiece } from '../../electron/common/applicant-evaluation.js';
import type { PieceStatus } from '../../electron/common/contract.js';
import { useStationText } from '../station-text.js';

/** What « Tout présenté » changed: each piece it ticked, with what it was before (missing, or not yet checked). */
export type PreviousChecks = Partial<Record<CheckedPiece['id'], PieceStatus | null>>;

/** A text field keeps its own Ctrl+Z; an open dialog is about something else. */
function ownsUndo(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && target.type === 'text') ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * « Tout présenté » undone in one step: the checks it overwrote are kept
 * until the agent ticks anything else, and Ctrl+Z (or the line's button)
 * puts them back, a piece marked missing back to missing.
 */
export function useAllPresentedUndo(restore: (previous: PreviousChecks) => void) {
  const [previous, setPrevious] = useState<PreviousChecks | null>(null);
  const undo = useCallback(() => {
    if (!previous) return;
    setPrevious(null);
    restore(previous);
  }, [previous, restore]);

  useEffect(() => {
    if (!previous) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      if (ownsUndo(event.target)) return;
      event.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [previous, undo]);

  return {
    previous,
    /** Called just before « Tout présenté »: remembers the checks of every piece it is about to tick. */
    offer: (toBring: CheckedPiece[]) =>
      setPrevious(Object.fromEntries(toBring.filter((p) => p.status !== 'presented').map((p) => [p.id, p.status]))),
    clear: () => setPrevious(null),
    undo,
  };
}

/** The line under the checklist's status: what « Tout présenté » did, and how to take it back. */
export function AllPresentedUndo({ undo }: { undo: ReturnType<typeof useAllPresentedUndo> }) {
  const t = useStationText();
  if (!undo.previous) return null;
  const count = Object.keys(undo.previous).length;
  const onClick = () => {
    undo.undo();
    // The button goes with the offer: the focus goes back to « Tout présenté », enabled again.
    setTimeout(() => document.querySelector<HTMLButtonElement>('[data-next="all-presented"]')?.focus());
  };
  return (
    <p className="undo">
      <span id="all-presented-undone">{t('pieces.undo.done', { count })}</span>{' '}
      <button
        type="button"
        data-action="undo-all-presented"
        aria-describedby="all-presented-undone"
        aria-keyshortcuts="Control+Z"
        onClick={onClick}
      >
        {t('pieces.undo')}
      </button>
    </p>
  );
}
