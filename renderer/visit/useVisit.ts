import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applicantDescription, checklist, evaluationOrNull, tracedEvaluationOrNull } from '../../electron/common/applicant-evaluation.js';
import type { Answers, Applicant, Settings, Visit } from '../../electron/common/contract.js';
import { stateOfApplicant } from '../../electron/common/visit-state.js';
import { api, HostApiError } from '../api/host-api.js';
import { useStationText } from '../station-text.js';
import type { VisitFocus } from './focus.js';
import { SaveQueue } from './save-queue.js';

/**
 * One visit on screen: loaded from the host, each applicant evaluated, and
 * changes shown at once then stored in order (the latest stored state wins).
 */
export function useVisit(reference: string, settings: Settings, focus: VisitFocus) {
  const t = useStationText();
  const [visit, setVisit] = useState<Visit | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestSave = useRef(0);
  /**
   * Saves one after the other: while the host's disk is full each waits (its message on the status
   * line) and is sent again every few seconds, so what was typed stays on screen and is stored once
   * space is back, in the order typed.
   */
  const saves = useRef<SaveQueue | null>(null);
  saves.current ??= new SaveQueue({
    retryable: (e) => e instanceof HostApiError && e.body.code === 'disk-full',
    onWaiting: (e) => setError((e as Error).message),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    delayMs: 3000,
  });
  useEffect(() => {
    saves.current?.start();
    return () => saves.current?.stop();
  }, []);
  /** Everything the agent typed for each applicant during this visit; only what is stored is pruned. */
  const typed = useRef(new Map<number, Answers>());

  useEffect(() => {
    api.getVisit({ reference }).then(
      (v) => {
        if (!v) setError(t('visit.notFound', { reference }));
        setVisit(v);
        setSelected(v?.applicants[0]?.id ?? null);
        if (v?.applicants.length) focus.focusFirstQuestion();
        else focus.focusHeading();
      },
      (e: Error) => setError(e.message),
    );
  }, [reference]);

  const evaluateFor = useCallback(
    (answers: Answers) => evaluationOrNull(answers, visit?.depositDate, settings.departement, settings.productionDelayDays),
    [visit?.depositDate, settings.departement, settings.productionDelayDays],
  );
  /** The same, with the answers it read: what an answer's save keeps. */
  const traceFor = useCallback(
    (answers: Answers) => tracedEvaluationOrNull(answers, visit?.depositDate, settings.departement, settings.productionDelayDays),
    [visit?.depositDate, settings.departement, settings.productionDelayDays],
  );

  const applicant = visit?.applicants.find((a) => a.id === selected) ?? null;
  const evaluation = useMemo(() => (applicant ? evaluateFor(applicant.answers) : null), [applicant, evaluateFor]);
  const pieces = useMemo(() => (applicant && evaluation ? checklist(evaluation, applicant) : []), [applicant, evaluation]);
  const tabs = useMemo(
    () =>
      (visit?.applicants ?? []).map((a, index) => {
        const ev = evaluateFor(a.answers);
        return {
          id: a.id,
          label: ev ? t('visit.applicant.described', applicantDescription(ev, index)) : t('visit.applicant', { number: index + 1 }),
          state: stateOfApplicant(ev, a),
        };
      }),
    [visit, evaluateFor],
  );

  /**
   * Shows a change to one applicant at once, then stores it; the latest
   * stored state wins, and a refusal puts the stored state back.
   */
  const save = async (applicantId: number, change: (current: Applicant) => Partial<Applicant>, request: () => Promise<Visit>) => {
    if (!visit) return;
    const ticket = ++latestSave.current;
    // From the state as it is now, not as it was at the last render: quick keys (P, M, V) follow each other faster than renders.
    setVisit((v) => v && { ...v, applicants: v.applicants.map((a) => (a.id === applicantId ? { ...a, ...change(a) } : a)) });
    try {
      const stored = await saves.current!.run(request);
      if (ticket === latestSave.current) setVisit(stored);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
      const stored = await api.getVisit({ reference: visit.reference });
      if (stored) {
        setVisit(stored);
        const back = stored.applicants.find((a) => a.id === applicantId);
        if (back) typed.current.set(applicantId, back.answers);
      }
    }
  };

  /** Every save queued so far has reached the host (or failed). */
  const saved = useCallback(() => saves.current!.settled(), []);
  return {
    visit,
    setVisit,
    selected,
    setSelected,
    error,
    setError,
    applicant,
    evaluation,
    pieces,
    tabs,
    evaluateFor,
    traceFor,
    save,
    saved,
    typed,
  };
}

export type VisitState = ReturnType<typeof useVisit>;
