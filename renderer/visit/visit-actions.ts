import type { FactKey } from '../../rules/index.js';
import type { Applicant, PieceStatus } from '../../electron/common/contract.js';
import { api } from '../api/host-api.js';
import { answerInVisit } from './answers.js';
import type { VisitFocus } from './focus.js';
import type { VisitState } from './useVisit.js';

type PieceId = Parameters<typeof api.setPieceStatus>[0]['pieceId'];
type Piece = VisitState['pieces'][number];

/** What the agent does to a visit: answers, piece checks, applicants added and removed. */
export function visitActions(state: VisitState, focus: VisitFocus) {
  const { visit, applicant, pieces, save, typed, traceFor, setVisit, setSelected, setError } = state;

  const onAnswer = (key: FactKey, value: unknown) => {
    if (!applicant || !visit) return;
    const next = answerInVisit(typed.current.get(applicant.id) ?? applicant.answers, key, value, traceFor);
    typed.current.set(applicant.id, next.typed);
    const answers = next.stored;
    void save(
      applicant.id,
      () => ({ answers }),
      () => api.saveAnswers({ reference: visit.reference, applicantId: applicant.id, answers }),
    );
  };

  const onStatus = (pieceId: PieceId, status: PieceStatus | null) => {
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

  /** "Tout présenté": every piece to bring ticked presented, one stored check after the other. */
  const onAllPresented = (which: (piece: Piece) => boolean = (p) => p.status !== 'presented') => {
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

  /** T: every piece to bring not yet ticked is presented; a piece marked missing stays missing. */
  const onRestPresented = () => {
    onAllPresented((p) => p.status === null);
    focus.focusReceipt();
  };

  /** Undoes « Tout présenté »: each piece it ticked back to what it was, stored one after the other. */
  const onRestoreChecks = (previous: Partial<Record<PieceId, PieceStatus | null>>) => {
    if (!applicant || !visit) return;
    const entries = Object.entries(previous) as [PieceId, PieceStatus | null][];
    const restored = (current: Applicant) => {
      const checks = { ...current.checks };
      for (const [id, status] of entries) {
        if (status) checks[id] = status;
        else delete checks[id];
      }
      return { checks };
    };
    void save(applicant.id, restored, async () => {
      let stored = visit;
      for (const [pieceId, status] of entries)
        stored = await api.setPieceStatus({ reference: visit.reference, applicantId: applicant.id, pieceId, status });
      return stored;
    });
  };

  const addApplicant = async () => {
    if (!visit) return;
    try {
      const added = await api.addApplicant({ reference: visit.reference, answers: {} });
      setVisit(added.visit);
      setSelected(added.applicantId);
      setError(null);
      focus.focusFirstQuestion();
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
      focus.focusSelectedTab();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return {
    onAnswer,
    onStatus,
    /** Every piece handed over: then the receipt is one Enter away. */
    onAllPresented: () => {
      onAllPresented();
      focus.focusReceipt();
    },
    onRestPresented,
    onRestoreChecks,
    addApplicant,
    removeApplicant,
  };
}

export type VisitActions = ReturnType<typeof visitActions>;
