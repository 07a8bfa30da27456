// « Commune de naissance raccordée à COMEDEC (ou acte à Nantes) ? »
// is jargon; the question carries a short help an agent in a hurry reads.
import { describe, expect, it } from 'vitest';
import { stationText as t } from '../../electron/common/messages/index.js';
import { stationQuestion } from '../../renderer/questions/station-questions.js';

describe('the COMEDEC question', () => {
  it('says what « oui » means and when it is the case, in two short sentences', () => {
    const question = stationQuestion('birthRecordDematerialized', true);
    expect(question.kind === 'choice' && question.help).toBeTruthy();
    const help = t(question.kind === 'choice' ? question.help! : 'q.birthRecordDematerialized');
    expect(help).toMatch(/rien à apporter/);
    expect(help).toMatch(/née à l’étranger/);
    expect(help.length).toBeLessThan(240);
  });
});
