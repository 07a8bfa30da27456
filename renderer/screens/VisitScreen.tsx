import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { FactKey } from '../../rules/index.js';
import { applicantDescription, checklist, evaluationOrNull } from '../../electron/common/applicant-evaluation.js';
import type { Answers, Applicant, PieceStatus, Settings, TwoDDocPiece, Visit } from '../../electron/common/contract.js';
import { applicantState, stateOfApplicant } from '../../electron/common/visit-state.js';
import { api, HostApiError } from '../api/host-api.js';
import { useStationText } from '../station-text.js';
import { answerInVisit } from '../visit/answers.js';
import { ApplicantTabs, panelId, tabId } from '../visit/ApplicantTabs.js';
import { Checklist } from '../visit/Checklist.js';
import { TwoDDocDialog } from '../visit/TwoDDocDialog.js';
import { QuestionsPanel } from '../visit/QuestionsPanel.js';
import { ReceiptDialog } from '../visit/ReceiptDialog.js';
import { RemoveApplicantDialog } from '../visit/RemoveApplicantDialog.js';
import { SaveQueue } from '../visit/save-queue.js';
import { Summary } from '../visit/Summary.js';

/** The first question still waiting (or the first field): where the agent's hands go next. */
function firstQuestion(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('.question.waiting input:checked, .question.waiting input') ??
    document.querySelector<HTMLInputElement>('.question input')
  );
}

export function VisitScreen(props: { reference: string; settings: Settings; onLeave: () => void }) {
  const t = useStationText();
  const [visit, setVisit] = useState<Visit | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  /** The proof-of-address piece whose 2D-Doc is being read, if any. */
  const [twoDDoc, setTwoDDoc] = useState<{ pieceId: TwoDDocPiece; label: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [receiptOpen, setReceiptOpen] = useState(false);
  /** The visit's status line: what just happened outside the screen (where a saved receipt went). */
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<number | null>(null);
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
  const heading = useRef<HTMLHeadingElement>(null);
  /** Asks for the focus on the first question; the effect runs once React has put it on the page. */
  const [focusAsked, askFocus] = useState(0);
  useEffect(() => {
    if (focusAsked > 0) (firstQuestion() ?? heading.current)?.focus();
  }, [focusAsked]);
  const focusFirstQuestion = () => askFocus((n) => n + 1);

  useEffect(() => {
    api.getVisit({ reference: props.reference }).then(
      (v) => {
        if (!v) setError(t('visit.notFound', { reference: props.reference }));
        setVisit(v);
        setSelected(v?.applicants[0]?.id ?? null);
        if (v?.applicants.length) focusFirstQuestion();
        else heading.current?.focus();
      },
      (e: Error) => setError(e.message),
    );
  }, [props.reference]);

  const evaluateFor = useCallback(
    (answers: Answers) => evaluationOrNull(answers, visit?.depositDate, props.settings.departement, props.settings.productionDelayDays),
    [visit?.depositDate, props.settings.departement, props.settings.productionDelayDays],
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

  const onAnswer = (key: FactKey, value: unknown) => {
    if (!applicant || !visit) return;
    const next = answerInVisit(typed.current.get(applicant.id) ?? applicant.answers, key, value, evaluateFor);
    typed.current.set(applicant.id, next.typed);
    const answers = next.stored;
    void save(
      applicant.id,
      () => ({ answers }),
      () => api.saveAnswers({ reference: visit.reference, applicantId: applicant.id, answers }),
    );
  };

  const onStatus = (pieceId: Parameters<typeof api.setPieceStatus>[0]['pieceId'], status: PieceStatus | null) => {
    if (!applicant || !visit) return;
    const withStatus = (current: Applicant) => {
      const checks = { ...current.checks };
      if (status) checks[pieceId] = status;
      else delete checks[pieceId];
      return { checks };
    };
    void save(applicant.id, withStatus, () =>
      api.setPieceStatus({ reference: visit.reference, applicantId: applicant.id, pieceId, status }),
    );
  };

  /** T: every piece to bring not yet ticked is presented; a piece marked missing stays missing. */
  const onRestPresented = () => onAllPresented((p) => p.status === null);

  /** "Tout présenté": every piece to bring ticked presented, one stored check after the other. */
  const onAllPresented = (which: (piece: (typeof pieces)[number]) => boolean = (p) => p.status !== 'presented') => {
    if (!applicant || !visit) return;
    const ids = pieces.filter((p) => p.where === 'bring' && which(p)).map((p) => p.id);
    const presented = Object.fromEntries(ids.map((id) => [id, 'presented' as const]));
    void save(
      applicant.id,
      (current) => ({ checks: { ...current.checks, ...presented } }),
      async () => {
        let stored = visit;
        for (const pieceId of ids)
          stored = await api.setPieceStatus({ reference: visit.reference, applicantId: applicant.id, pieceId, status: 'presented' });
        return stored;
      },
    );
  };

  const addApplicant = async () => {
    if (!visit) return;
    try {
      const added = await api.addApplicant({ reference: visit.reference, answers: {} });
      setVisit(added.visit);
      setSelected(added.applicantId);
      setError(null);
      focusFirstQuestion();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const removeApplicant = async (applicantId: number) => {
    if (!visit) return;
    try {
      const updated = await api.removeApplicant({ reference: visit.reference, applicantId });
      typed.current.delete(applicantId);
      setVisit(updated);
      setSelected(updated.applicants[0]?.id ?? null);
      setError(null);
      requestAnimationFrame(
        () => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus() ?? heading.current?.focus(),
      );
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!visit) {
    return (
      <main id="main">
        <h1 ref={heading} tabIndex={-1}>
          {t('visit.title', { reference: props.reference })}
        </h1>
        {error ? (
          <p role="alert" className="error">
            {error}
          </p>
        ) : (
          <p>{t('app.loading')}</p>
        )}
        <button type="button" onClick={props.onLeave}>
          {t('visit.back')}
        </button>
      </main>
    );
  }

  const number = (id: number) => visit.applicants.findIndex((a) => a.id === id) + 1;
  return (
    <main id="main" className="visit">
      <div className="visit-header">
        <h1 ref={heading} tabIndex={-1}>
          <FormattedMessage
            id="visit.title"
            values={{
              reference: (
                <span className="reference" data-reference={visit.reference}>
                  {visit.reference}
                </span>
              ),
            }}
          />
        </h1>
        <ApplicantTabs tabs={tabs} selected={selected} onSelect={setSelected} onAdd={() => void addApplicant()} />
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={visit.applicants.length === 0}
            onClick={() => {
              setNotice('');
              setReceiptOpen(true);
            }}
          >
            {t('visit.receipt')}
          </button>
          <button type="button" onClick={props.onLeave}>
            {t('visit.finish')}
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {/* Always on the page, so a screen reader announces what is written into it. */}
      <p role="status" className="visit-status" data-testid="visit-status">
        {notice}
      </p>

      {applicant && evaluation ? (
        <div role="tabpanel" id={panelId(applicant.id)} aria-labelledby={tabId(applicant.id)} className="station-grid">
          <div className="column">
            <QuestionsPanel answers={applicant.answers} evaluation={evaluation} today={visit.depositDate} onAnswer={onAnswer} />
            <button type="button" className="danger remove" onClick={() => setRemoving(applicant.id)}>
              {t('visit.remove')}
            </button>
          </div>
          <div className="column">
            <Checklist
              pieces={pieces}
              today={visit.depositDate}
              onStatus={onStatus}
              proofs={applicant.proofs}
              onReadTwoDDoc={(pieceId, label) => setTwoDDoc({ pieceId, label })}
              onAllPresented={() => onAllPresented()}
              onRestPresented={onRestPresented}
            />
          </div>
          <div className="column">
            <Summary evaluation={evaluation} state={applicantState(evaluation, pieces)} today={visit.depositDate} />
          </div>
        </div>
      ) : (
        <p>{t('visit.empty')}</p>
      )}
      {removing !== null && (
        <RemoveApplicantDialog
          number={number(removing)}
          onConfirm={() => void removeApplicant(removing)}
          onClose={() => setRemoving(null)}
        />
      )}
      {twoDDoc && applicant && (
        <TwoDDocDialog
          reference={visit.reference}
          applicantId={applicant.id}
          pieceId={twoDDoc.pieceId}
          pieceLabel={twoDDoc.label}
          onTicked={setVisit}
          onClose={() => setTwoDDoc(null)}
        />
      )}
      {receiptOpen && <ReceiptDialog reference={visit.reference} onClose={() => setReceiptOpen(false)} onSaved={setNotice} />}
    </main>
  );
}
