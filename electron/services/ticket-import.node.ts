// The counter reopens a kiosk visit from its ticket: the code is decoded,
// every person's answers are checked against today's rules, and only then
// is a new station visit created, so a refused ticket never leaves half a
// visit behind. The ticket is the only copy: the kiosk kept nothing.
// Stations only: the access policy refuses it on a kiosk before it runs.
import type { Settings, Visit } from '../common/contract.js';
import { evaluateAnswers } from '../common/applicant-evaluation.js';
import { relevantAnswers } from '../common/answers.js';
import { decodeTicket } from '../common/ticket-code.js';
import { ApiError } from './api-error.node.js';
import type { Clock } from './clock.node.js';
import { unusedReference } from './reference.node.js';
import type { SessionStore } from './store/session-store.node.js';

export function importTicket(code: string, deps: { store: SessionStore; clock: Clock; settings: Settings }): Visit {
  const { store, clock, settings } = deps;
  const decoded = decodeTicket(code);
  if (!decoded.ok) throw new ApiError({ code: 'invalid-request', field: 'code', message: decoded.error.message });
  const today = clock.today();
  const storable = decoded.people.map((answers, index) => {
    const checked = evaluateAnswers(answers, today, settings.departement, settings.productionDelayDays);
    if (!checked.ok) {
      throw new ApiError({
        code: 'invalid-request',
        field: `code.people.${index}.${checked.error.field}`,
        message: `Ce ticket contient une réponse que le poste refuse pour la personne ${index + 1} (${checked.error.messageFr})\u00a0: posez les questions au guichet.`,
      });
    }
    // Only what the rules still need is stored, as for answers typed at the counter.
    return relevantAnswers(answers, checked.readFacts);
  });
  const reference = unusedReference(store);
  store.createVisit({ reference, createdAt: clock.now().toISOString(), depositDate: today, mode: 'station' });
  for (const answers of storable) store.addApplicant(reference, answers);
  return store.getVisit(reference)!;
}
