// The station's and the kiosk's questions come from the engine's table:
// each offers exactly the values FACT_DOMAINS gives (only the order is the
// screen's), dates are dates, and every label is one the catalog has.
import { describe, expect, it } from 'vitest';
import { FACT_DOMAINS, QUESTION_ORDER, type FactKey } from '../../rules/index.js';
import { CATALOGS, isKioskQuestion, stationFr, translator, type StationQuestionKey } from '../../electron/common/messages/index.js';
import { stationQuestion } from '../../renderer/questions/station-questions.js';
import { choiceMessage, DATE_KEYS, kioskChoices } from '../../renderer/kiosk/kiosk-questions.js';

const offered = (key: FactKey): readonly unknown[] => {
  const domain = FACT_DOMAINS[key];
  return domain.kind === 'choice' || domain.kind === 'yes-no' ? domain.values : [];
};
const sorted = (values: readonly unknown[]) => [...values].map(String).sort();
const STATION_KEYS = QUESTION_ORDER.filter((key) => key !== 'territory');

describe('station questions', () => {
  it.each(STATION_KEYS)("%s offers an adult the values of the engine's table, each labelled", (key) => {
    const question = stationQuestion(key, true);
    expect(question.kind).toBe(FACT_DOMAINS[key].kind === 'yes-no' ? 'choice' : FACT_DOMAINS[key].kind);
    if (question.kind !== 'choice') return;
    expect(sorted(question.choices.map((c) => c.value))).toEqual(sorted(offered(key)));
    for (const choice of question.choices) expect(Object.hasOwn(stationFr, choice.label), choice.label).toBe(true);
  });

  it("lists a document in hand first and keeps the contract's order otherwise", () => {
    const values = (key: StationQuestionKey) => {
      const question = stationQuestion(key, null);
      return question.kind === 'choice' ? question.choices.map((c) => c.value) : [];
    };
    expect(values('currentCni.status')).toEqual(['held', 'none', 'lost', 'stolen']);
    expect(values('birthRecordDematerialized')).toEqual([true, false, 'unknown']);
    expect(values('residence')).toEqual(['own', 'hosted']);
  });

  it('offers a minor no answer the rules refuse: a usage name is never a spouse’s', () => {
    const usageNames = (adult: boolean | null) => {
      const question = stationQuestion('usageName', adult);
      return question.kind === 'choice' ? question.choices.map((c) => c.value) : [];
    };
    expect(usageNames(false)).toEqual(['none', 'other-parent']);
    expect(usageNames(true)).toEqual(['none', 'spouse', 'other-parent']);
    expect(usageNames(null)).toEqual(['none', 'spouse', 'other-parent']);
  });

  it('shows help exactly where the catalog words one', () => {
    const withHelp = STATION_KEYS.filter((key) => {
      const q = stationQuestion(key, null);
      return q.kind === 'choice' && q.help;
    });
    expect(withHelp).toEqual(STATION_KEYS.filter((key) => Object.hasOwn(stationFr, `q.${key}.help`)));
    expect(withHelp).toContain('nationalityProvenByBirthRecord');
  });
});

describe('kiosk questions', () => {
  const ASKED = QUESTION_ORDER.filter(isKioskQuestion);

  it('types on the keypad exactly the facts that are dates', () => {
    expect([...DATE_KEYS]).toEqual(['birthDate', 'currentCni.expiry', 'currentPassport.expiry']);
  });

  it.each(ASKED)("%s offers an adult the values of the engine's table, each worded in French", (key) => {
    expect(sorted(kioskChoices(key, true))).toEqual(sorted(offered(key)));
    const t = translator('fr');
    for (const value of kioskChoices(key, true)) expect(t(choiceMessage(key, value), { who: 'me' })).not.toMatch(/^q\./);
  });

  it("keeps the kiosk's own order and what the law keeps from a minor", () => {
    expect(kioskChoices('currentCni.format', true)).toEqual(['card', 'laminated']);
    expect(kioskChoices('currentPassport.status', true)).toEqual(['held', 'none', 'lost', 'stolen']);
    expect(kioskChoices('usageName', false)).toEqual(['none', 'other-parent']);
    expect(kioskChoices('nationalityProvenByBirthRecord', true)).toEqual([true, false, 'unknown']);
    expect(kioskChoices('residence', true)).not.toContain('unknown');
    expect(Object.keys(CATALOGS.fr)).toContain('q.usageName.other-parent');
  });
});
