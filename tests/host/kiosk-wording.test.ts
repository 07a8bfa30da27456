// Every kiosk question, example and answer read as the kiosk says it, for
// each of its three paths (me, my child, several people: "other") in each
// language: a question about a child speaks of "your child", never "you";
// a minor is never offered a spouse's name; no figure is written by hand.
import { describe, expect, it } from 'vitest';
import { QUESTION_ORDER } from '../../rules/index.js';
import { withFigures } from '../../electron/common/figure-values.js';
import {
  CATALOGS,
  isKioskQuestion,
  LOCALES,
  translator,
  type KioskQuestionKey,
  type Locale,
  type MessageId,
} from '../../electron/common/messages/index.js';
import { WHO, type Who } from '../../electron/common/contract.js';
import { literalText } from '../rules/catalog-text.js';
import { observedEvaluations } from '../rules/observed.js';
import { kioskSummary } from '../../electron/common/kiosk-summary.js';
import { choiceMessage, exampleMessage, kioskChoices, questionMessage } from '../../renderer/kiosk/kiosk-questions.js';

const TODAY = '2026-06-15';

/** Questions whose subject is the person the request is for (not the parent filling the kiosk in). */
const ABOUT_THE_PERSON = [
  'birthDate',
  'currentCni.status',
  'currentPassport.status',
  'nationalityProvenByBirthRecord',
  'usageName',
  'parentalAuthority',
] as const;

/** How each language names the child and the other person. */
const NAMED: Record<Locale, Record<'child' | 'other', RegExp>> = {
  fr: { child: /votre enfant|mon enfant/i, other: /cette personne/i },
  en: { child: /your child|my child/i, other: /this person/i },
  ar: { child: /طفل/, other: /هذا الشخص/ },
};

/** The second person used of the applicant themselves: right for "me", wrong for a child or someone else. */
const ADDRESSED: Record<Locale, RegExp> = {
  fr: /vous êtes (français|né)|êtes-vous|vos papiers|Avez-vous déjà eu|sur vous|je l['’]ai/,
  en: /you are French|you were born|your documents|Have you ever had|over you\?|I have it/,
  ar: /أنك فرنسي|وُلدت|وثائقك|لديك بطاقة|لديك جواز|عليك؟|هي معي|هو معي/,
};
const SPOUSE: Record<Locale, RegExp> = { fr: /époux|épouse/, en: /spouse/, ar: /زوج/ };

/** Every string the kiosk shows for one question to one person. */
function strings(locale: Locale, key: KioskQuestionKey, who: Who, adult: boolean): string[] {
  const t = withFigures(translator(locale), TODAY);
  const texts = [t(questionMessage(key), { who }), t(exampleMessage(key), { who })];
  texts.push(...kioskChoices(key, adult).map((v) => t(choiceMessage(key, v), { who })));
  return texts;
}

const ASKED = QUESTION_ORDER.filter(isKioskQuestion);

describe.each(LOCALES)('kiosk wording in %s', (locale) => {
  it.each(WHO)('asks about %s in the right person', (who) => {
    for (const key of ABOUT_THE_PERSON) {
      const [question] = strings(locale, key, who, who === 'me');
      if (who !== 'me') expect(question, `${key} (${who})`).toMatch(NAMED[locale][who]);
    }
    if (who === 'me') return;
    const wrong = ASKED.flatMap((key) =>
      strings(locale, key, who, false)
        .filter((s) => ADDRESSED[locale].test(s))
        .map((s) => `${key}: ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  it("offers a minor no spouse's name, in the answers nor the examples", () => {
    expect(kioskChoices('usageName', false)).not.toContain('spouse');
    expect(kioskChoices('usageName', true)).toContain('spouse');
    expect(strings(locale, 'usageName', 'child', false).filter((s) => SPOUSE[locale].test(s))).toEqual([]);
  });

  it('fills every figure from the rules: no argument left, no figure typed in a sentence', () => {
    const t = withFigures(translator(locale), TODAY);
    // Every message read through its ICU tree (tests/rules/catalog-figures.test.ts): only an example date is typed.
    const typed = (Object.keys(CATALOGS[locale]) as MessageId[]).filter(
      (id) => id !== 'q.birthDate.example' && /\d/.test(literalText(CATALOGS[locale][id], locale)),
    );
    expect(typed).toEqual([]);
    for (const id of [
      'piece.photo',
      'piece.birth-certificate',
      'result.retrieval',
      'piece.proof-of-address',
      'piece.proof-of-address.alternating',
      'welcome.scope',
      'q.currentPassport.secure.example',
    ] as const) {
      expect(t(id, { who: 'me' })).not.toMatch(/[{}]/);
    }
  });
});

describe('French kiosk typography and figures', () => {
  const t = withFigures(translator('fr'), TODAY);
  it('puts a no-break space before : ; ! ? » and after «', () => {
    const bad = Object.entries(CATALOGS.fr)
      .filter(([, text]) => / [:;!?»]|« /.test(text.replace(/, ::/g, '')))
      .map(([id]) => id);
    expect(bad).toEqual([]);
  });
  it("states the day's figures and one money format", () => {
    expect(t('piece.photo')).toBe('Une photo d’identité de moins de 6 mois, aux normes');
    expect(t('piece.proof-of-address')).toContain('de moins d’un an');
    expect(t('result.retrieval')).toBe('Le titre est à retirer à la mairie dans les 3 mois.');
    expect(t('result.fee', { amount: 17 })).toBe('Timbre fiscal\u00a0: 17\u00a0€');
    expect(translator('en')('result.fee', { amount: 17 })).toBe('Tax stamp: €17');
    expect(t('q.residence.hosted', { who: 'me' })).toBe('Non, je suis hébergé ou hébergée');
  });
});

/** The second person in the reason sentences: they speak of the person (or the child), never to the reader. */
const SECOND_PERSON: Record<Locale, RegExp> = {
  fr: /\b(vous|votre|vos)\b(?<!rendez-vous)/i,
  en: /\byou(r|rs|rself)?\b/i,
  ar: ADDRESSED.ar,
};

describe("the kiosk result says why in the person's own words", () => {
  const evaluations = observedEvaluations(211);
  it.each(LOCALES)(
    'in %s, of a child as of "the child", never as "you"',
    (locale) => {
      const t = withFigures(translator(locale), TODAY);
      const wrong = new Set<string>();
      let minors = 0;
      for (const { evaluation } of evaluations) {
        const who: Who = evaluation.applicant.adult === false ? 'child' : 'me';
        if (who === 'child') minors += 1;
        const summary = kioskSummary(evaluation, who, 0, t, locale);
        for (const text of [...summary.bring.map((p) => p.why), ...summary.notes.map((n) => n.text)]) {
          if (SECOND_PERSON[locale].test(text) || /[{}]|undefined/.test(text)) wrong.add(text);
        }
      }
      expect(minors).toBeGreaterThan(20);
      expect([...wrong]).toEqual([]);
    },
    // CPU only (211 evaluations worded): 15 s idle, up to 56 s at load 40 (issue 20); a bound for a hung run.
    600_000,
  );

  it("reads the reason catalog, not the engine's French, in English and Arabic", () => {
    const child = evaluations.find(({ evaluation }) => evaluation.minor && evaluation.pieces.some((p) => p.id === 'parent-id'))!.evaluation;
    const en = kioskSummary(child, 'child', 0, withFigures(translator('en'), TODAY), 'en');
    expect(en.bring.find((p) => p.id === 'parent-id')!.why).toBe(
      'The child is a minor: the parent (or guardian) making the application comes with them and shows their own ID.',
    );
    expect(en.notes.map((n) => n.id)).toContain('minor-travel-authorisation');
    const ar = kioskSummary(child, 'child', 0, withFigures(translator('ar'), TODAY), 'ar');
    expect(ar.bring.every((p) => !/[a-zé]{4}/i.test(p.why.replace(/timbres\.impots\.gouv\.fr|cerfa/g, '')))).toBe(true);
  });
});
