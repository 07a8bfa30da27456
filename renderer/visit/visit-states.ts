import { useEffect, useState } from 'react';
import { checklist, visitEvaluations } from '../../electron/api/applicant-evaluation.js';
import type { Settings, VisitSummary } from '../../electron/api/contract.js';
import { applicantState, visitState, type CheckState } from '../../electron/api/visit-state.js';
import { kiosk } from '../api/kiosk-client.js';

/**
 * Where each listed visit stands (complete, pieces missing, unfinished),
 * from its stored answers and checks, evaluated here as on the receipt.
 * A visit not read yet has no state: nothing is shown rather than a guess.
 */
export function useVisitStates(visits: VisitSummary[] | null, settings: Pick<Settings, 'departement' | 'productionDelayDays'>): Map<string, CheckState> {
  const [states, setStates] = useState(new Map<string, CheckState>());
  useEffect(() => {
    if (!visits) return;
    let current = true;
    void Promise.all(visits.map(async (summary) => {
      const visit = await kiosk.getVisit({ reference: summary.reference }).catch(() => null);
      if (!visit) return null;
      const evaluated = visitEvaluations(visit, settings.departement, settings.productionDelayDays);
      // An applicant whose answers no longer evaluate cannot be said complete: a question must be asked again.
      const states = evaluated.map((e): CheckState => (e.evaluation ? applicantState(e.evaluation, checklist(e.evaluation, e.applicant)) : 'unfinished'));
      return [summary.reference, visitState(states)] as const;
    })).then((entries) => {
      if (current) setStates(new Map(entries.filter((e) => e !== null)));
    });
    return () => {
      current = false;
    };
  }, [visits, settings.departement, settings.productionDelayDays]);
  return states;
}
