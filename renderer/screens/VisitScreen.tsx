import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { FactKey } from '../../rules/index.js';
import { applicantDescription, checklist, evaluateAnswers } from '../../electron/api/applicant-evaluation.js';
import type { Answers, Applicant, PieceStatus, Settings, Visit } from '../../electron/api/contract.js';
import { kiosk } from '../api/kiosk-client.js';
import { TitlesField, type TitleValue } from '../forms/fields.js';
import { useStationText } from '../station-text.js';
import { relevantAnswers, setAnswer } from '../visit/answers.js';
import { Checklist } from '../visit/Checklist.js';
import { QuestionsPanel } from '../visit/QuestionsPanel.js';
import { ReceiptDialog } from '../visit/ReceiptDialog.js';
import { Summary } from '../visit/Summary.js';

export function VisitScreen(props: { reference: string; settings: Settings; onLeave: () => void }) {
  const t = useStationText();
  const [visit, setVisit] = useState<Visit | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [newTitles, setNewTitles] = useState<TitleValue[]>(['cni']);
  const [receiptOpen, setReceiptOpen] = useState(false);
  const latestSave = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    kiosk.getVisit({ reference: props.reference }).then((v) => {
      if (!v) setError(t('visit.notFound', { reference: props.reference }));
      setVisit(v);
      setSelected(v?.applicants[0]?.id ?? null);
      heading.current?.focus();
    }, (e: Error) => setError(e.message));
  }, [props.reference]);

  const evaluateFor = useCallback((answers: Answers) => {
    const result = visit ? evaluateAnswers(answers, visit.depositDate, props.settings.departement) : null;
    return result?.ok ? result.evaluation : null;
  }, [visit, props.settings.departement]);

  const applicant = visit?.applicants.find((a) => a.id === selected) ?? null;
  const evaluation = useMemo(() => (applicant ? evaluateFor(applicant.answers) : null), [applicant, evaluateFor]);

  /**
   * Shows a change to one applicant at once, then stores it; the latest
   * stored state wins, and a refusal puts the stored state back.
   */
  const save = async (applicantId: number, change: Partial<Applicant>, request: () => Promise<Visit>) => {
    if (!visit) return;
    const ticket = ++latestSave.current;
    setVisit((v) => v && { ...v, applicants: v.applicants.map((a) => (a.id === applicantId ? { ...a, ...change } : a)) });
    try {
      const stored = await request();
      if (ticket === latestSave.current) setVisit(stored);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
      const stored = await kiosk.getVisit({ reference: visit.reference });
      if (stored) setVisit(stored);
    }
  };

  const onAnswer = (key: FactKey, value: unknown) => {
    if (!applicant || !visit) return;
    const answers = relevantAnswers(setAnswer(applicant.answers, key, value), evaluateFor);
    void save(applicant.id, { answers }, () => kiosk.saveAnswers({ reference: visit.reference, applicantId: applicant.id, answers }));
  };

  const onStatus = (pieceId: Parameters<typeof kiosk.setPieceStatus>[0]['pieceId'], status: PieceStatus | null) => {
    if (!applicant || !visit) return;
    const checks = { ...applicant.checks };
    if (status) checks[pieceId] = status;
    else delete checks[pieceId];
    void save(applicant.id, { checks }, () => kiosk.setPieceStatus({ reference: visit.reference, applicantId: applicant.id, pieceId, status }));
  };

  const addApplicant = async () => {
    if (!visit) return;
    try {
      const updated = await kiosk.addApplicant({ reference: visit.reference, answers: { titles: newTitles } });
      setVisit(updated);
      setSelected(updated.applicants.at(-1)!.id);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (!visit) {
    return (
      <main id="main">
        <h1 ref={heading} tabIndex={-1}>{t('visit.title', { reference: props.reference })}</h1>
        {error ? <p role="alert" className="error">{error}</p> : <p>{t('app.loading')}</p>}
        <button type="button" onClick={props.onLeave}>{t('visit.back')}</button>
      </main>
    );
  }

  return (
    <main id="main" className="visit">
      <div className="visit-header">
        <h1 ref={heading} tabIndex={-1}><FormattedMessage id="visit.title" values={{ reference: <span className="reference" data-reference={visit.reference}>{visit.reference}</span> }} /></h1>
        <div className="actions">
          <button type="button" className="primary" disabled={visit.applicants.length === 0} onClick={() => setReceiptOpen(true)}>{t('visit.receipt')}</button>
          <button type="button" onClick={props.onLeave}>{t('visit.finish')}</button>
        </div>
      </div>
      {error && <p role="alert" className="error">{error}</p>}

      <nav aria-label={t('visit.applicants')} className="applicants">
        <ul>
          {visit.applicants.map((a, index) => {
            const ev = evaluateFor(a.answers);
            return (
              <li key={a.id}>
                <button type="button" aria-current={a.id === selected ? 'true' : undefined} onClick={() => setSelected(a.id)}>
                  {ev ? t('visit.applicant.described', applicantDescription(ev, index)) : t('visit.applicant', { number: index + 1 })}
                </button>
              </li>
            );
          })}
        </ul>
        <form className="add-applicant" onSubmit={(e) => { e.preventDefault(); void addApplicant(); }}>
          <TitlesField legend={t('visit.newTitles')} value={newTitles} onChange={setNewTitles} />
          <button type="submit">{t('visit.add')}</button>
        </form>
      </nav>

      {applicant && evaluation ? (
        <div className="columns">
          <QuestionsPanel answers={applicant.answers} evaluation={evaluation} onAnswer={onAnswer} />
          <Checklist pieces={checklist(evaluation, applicant)} onStatus={onStatus} />
          <Summary evaluation={evaluation} />
        </div>
      ) : (
        <p>{t('visit.empty')}</p>
      )}
      {receiptOpen && <ReceiptDialog reference={visit.reference} onClose={() => setReceiptOpen(false)} />}
    </main>
  );
}
