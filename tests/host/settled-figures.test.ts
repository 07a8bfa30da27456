// Issue 18.1 on paper and at the kiosk: a stamp is printed the moment the
// answers it reads are given, even while other questions remain, and only
// then; until then "à déterminer" names what it waits on, never the
// household questions it does not read.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../rules/index.js';
import type { Answers, Visit } from '../../electron/common/contract.js';
import { kioskSummary } from '../../electron/common/kiosk-summary.js';
import { translator } from '../../electron/common/messages/index.js';
import { withFigures } from '../../electron/common/figure-values.js';
import { renderReceiptHtml } from '../../electron/services/receipt/receipt-template.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { receiptLines } from '../support/receipt-lines.js';

const TODAY = '2026-06-15';
const visitOf = (answers: Answers): Visit => ({
  reference: 'K7Q-4MZ',
  createdAt: `${TODAY}T08:30:00.000Z`,
  depositDate: TODAY,
  mode: 'station',
  applicants: [{ id: 1, answers, checks: {} }],
});
/** The minor: a 16-year-old's first passport, the household questions not asked yet. */
const MINOR_FIRST_PASSPORT: Answers = { titles: ['passport'], birthDate: '2010-03-01', currentPassport: { status: 'none' } };
const text = async (answers: Answers) =>
  receiptLines(await renderReceiptHtml(visitOf(answers), STATION_SETTINGS))
    .join('\n')
    .replace(/[\u202f\u00a0]/g, ' ');

describe('a stamp settled before the end', () => {
  it('is printed on an unfinished receipt, with who signs, while the pieces wait', async () => {
    const receipt = await text(MINOR_FIRST_PASSPORT);
    expect(receipt).toContain('Vérification inachevée');
    expect(receipt).toContain('Timbre fiscal du passeport : 42 €');
    expect(receipt).not.toContain('à déterminer');
    expect(receipt).toMatch(/Signature : l['’]enfant peut signer/);
    expect(receipt).not.toMatch(/rien ne manque/i);
  });

  it('a stamp not settled names only the answer it reads', async () => {
    const receipt = await text({ titles: ['cni', 'passport'], birthDate: '1980-01-01', currentPassport: { status: 'none' } });
    const pending = receipt.split('\n').find((line) => line.startsWith('Timbre fiscal de la carte d’identité'));
    expect(pending).toMatch(/^Timbre fiscal de la carte d’identité : à déterminer, en attente de : Carte d['’]identité actuelle\.$/);
    expect(receipt).toContain('Timbre fiscal du passeport : 86 €');
  });

  it('the kiosk says the total only once every stamp is settled', () => {
    const t = withFigures(translator('fr'), TODAY);
    const partial = evaluate({
      today: TODAY,
      territory: 'general',
      titles: ['cni', 'passport'],
      birthDate: '1980-01-01',
      currentPassport: { status: 'none' },
    });
    expect(partial.totalFee).toBe(86);
    expect(kioskSummary(partial, 'me', 0, t, 'fr').fee).toMatch(/à déterminer/);
  });
});
