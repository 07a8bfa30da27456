// The checklist's status line counts what its list shows: a piece done at the
// counter (the form, the loss declaration) reads « À vérifier » like the
// others until it is ticked, so the line counts it too, under its own words.
// Rendered by React (react-dom/server) in the station's French catalog.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { checklist } from '../../electron/common/applicant-evaluation.js';
import type { Applicant } from '../../electron/common/contract.js';
import { stationFr } from '../../electron/common/messages/index.js';
import { evaluate, parseFacts } from '../../rules/index.js';
import { Checklist } from '../../renderer/visit/Checklist.js';

const TODAY = '2026-06-15';
/** An adult whose card was lost, without a pre-application: the form and the loss declaration are filled in at the counter. */
const LOST_CARD = {
  today: TODAY,
  territory: 'general',
  titles: ['cni'],
  birthDate: '1980-04-02',
  currentCni: { status: 'lost' },
  currentPassport: { status: 'held', expiry: '2028-01-01' },
  preApplication: false,
  residence: 'own',
  usageName: 'none',
  birthRecordDematerialized: false,
  nationalityProvenByBirthRecord: true,
};

function render(checks: Applicant['checks']): { status: string; unchecked: number; counter: number } {
  const parsed = parseFacts(LOST_CARD, TODAY);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  const pieces = checklist(evaluate(parsed.facts), { checks });
  const nothing = () => undefined;
  const html = renderToStaticMarkup(
    createElement(
      IntlProvider,
      { locale: 'fr', messages: stationFr },
      createElement(Checklist, {
        pieces,
        today: TODAY,
        onStatus: nothing,
        onAllPresented: nothing,
        onRestPresented: nothing,
        onRestoreChecks: nothing,
      }),
    ),
  );
  const status = /<p class="status" role="status">([^<]*)<\/p>/.exec(html)![1]!;
  return {
    status,
    unchecked: (html.match(/class="piece status-unchecked"/g) ?? []).length,
    counter: pieces.filter((p) => p.where === 'counter').length,
  };
}

/** Every number the status line gives for pieces « à vérifier », summed. */
const saidToCheck = (status: string) =>
  [...status.matchAll(/(\d+) pièces? (?:au guichet )?à vérifier/g)].reduce((sum, m) => sum + Number(m[1]), 0);

describe('the checklist’s count', () => {
  it('says as many pieces « à vérifier » as the list shows, those at the counter included', () => {
    const none = render({});
    expect(none.counter).toBeGreaterThan(0);
    expect(none.unchecked).toBeGreaterThan(none.counter);
    expect(saidToCheck(none.status), none.status).toBe(none.unchecked);
  });

  it('once every piece to bring is presented, still names the counter’s pieces left to check', () => {
    const parsed = parseFacts(LOST_CARD, TODAY);
    if (!parsed.ok) throw new Error('facts');
    const bring = evaluate(parsed.facts).pieces.filter((p) => p.where === 'bring');
    const after = render(Object.fromEntries(bring.map((p) => [p.id, 'presented' as const])));
    expect(after.unchecked).toBe(after.counter);
    expect(saidToCheck(after.status), after.status).toBe(after.unchecked);
  });
});
