// A person whose stored answers no longer validate (a rule changed, a date
// became impossible) is never dropped from the receipt: named, with the
// answer to ask again, and the visit is not said complete.
import { describe, expect, it } from 'vitest';
import { visitEvaluations } from '../../electron/common/applicant-evaluation.js';
import type { Visit } from '../../electron/common/contract.js';
import { renderReceiptHtml } from '../../electron/services/receipt/receipt-template.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { receiptLines } from '../support/receipt-lines.js';

const VISIT: Visit = {
  reference: 'K7Q-4MZ',
  createdAt: '2026-06-15T08:30:00.000Z',
  depositDate: '2026-06-15',
  mode: 'station',
  applicants: [
    { id: 1, answers: { titles: ['cni'], birthDate: '1984-01-01', currentCni: { status: 'none' } }, checks: {} },
    // Stored as valid, read back as impossible: born after the deposit date.
    { id: 2, answers: { titles: ['cni'], birthDate: '2026-07-01' }, checks: {} },
  ],
};

describe('a person whose answers no longer validate', () => {
  it('is kept among the evaluations, with the answer at fault', () => {
    const evaluated = visitEvaluations(VISIT, STATION_SETTINGS.departement);
    expect(evaluated.map((e) => e.applicant.id)).toEqual([1, 2]);
    expect(evaluated[0]!.error).toBeNull();
    expect(evaluated[1]).toMatchObject({ evaluation: null, error: { field: 'birthDate', message: expect.stringContaining('futur') } });
  });

  it('is named on the receipt with what must be asked again, and the check is unfinished', async () => {
    const lines = receiptLines(await renderReceiptHtml(VISIT, STATION_SETTINGS));
    expect(lines).toContain('Vérification inachevée');
    expect(lines.some((l) => l.startsWith('Demandeur 1 '))).toBe(true);
    expect(lines).toContain('Demandeur 2');
    const askAgain = lines.find((l) => l.startsWith('Réponse à reprendre au guichet'));
    expect(askAgain).toMatch(
      /^Réponse à reprendre au guichet\u00a0: «\u00a0Date de naissance du demandeur\u00a0» \(la date de naissance est dans le futur\)/,
    );
  });
});
