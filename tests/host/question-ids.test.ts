// The question messages are typed from the engine's table: a catalog that
// lacks the words for a fact or a value must not compile (checked by tsc,
// which `npm run typecheck` runs over this file), and the same ids, spelled
// at run time from FACT_DOMAINS, are all in every catalog.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { FACT_DOMAINS, QUESTION_ORDER, type FactKey } from '../../rules/index.js';
import {
  CATALOGS,
  choiceId,
  exampleId,
  isKioskQuestion,
  LOCALES,
  questionId,
  stationFr,
  type KioskCatalog,
  type KioskQuestionId,
  type MessageId,
  type StationCatalog,
  type StationMessageId,
  type StationQuestionId,
} from '../../electron/common/messages/index.js';

/** Every id a screen asks for, spelled here from the table the way the screens do, independently of question-ids.ts. */
function idsFor(keys: readonly FactKey[], example: boolean): string[] {
  return keys.flatMap((key) => {
    const domain = FACT_DOMAINS[key];
    const answers =
      domain.kind === 'choice'
        ? domain.values.map((v) => `q.${key}.${v}`)
        : domain.kind === 'yes-no'
          ? domain.values.map((v) => (v === true ? 'answer.yes' : v === false ? 'answer.no' : 'answer.unknown'))
          : [];
    return [`q.${key}`, ...(example ? [`q.${key}.example`] : []), ...answers];
  });
}
const missingFrom = (catalog: object, ids: string[]) => ids.filter((id) => !Object.hasOwn(catalog, id));

const KIOSK_IDS = idsFor(QUESTION_ORDER.filter(isKioskQuestion), true);
const STATION_IDS = [
  ...idsFor(
    QUESTION_ORDER.filter((k) => k !== 'territory'),
    false,
  ),
  'q.territory',
];

describe('question message ids', () => {
  it('are all in the catalogs at the type level', () => {
    expectTypeOf<Exclude<KioskQuestionId, MessageId>>().toBeNever();
    expectTypeOf<Exclude<StationQuestionId, StationMessageId>>().toBeNever();
    expectTypeOf(questionId('usageName')).toEqualTypeOf<'q.usageName'>();
    expectTypeOf(choiceId('usageName', 'spouse')).toExtend<MessageId>();
  });

  it('refuse, at compile time, a catalog without the words of one choice or one question', () => {
    const { 'q.usageName.spouse': spouse, ...kioskWithoutSpouse } = CATALOGS.fr;
    // @ts-expect-error the kiosk catalog lacks q.usageName.spouse: a value the engine offers would have no words
    const kiosk: KioskCatalog = kioskWithoutSpouse;
    const { 'q.residence': residence, ...stationWithoutResidence } = stationFr;
    // @ts-expect-error the station catalog lacks q.residence: a fact the engine asks would have no label
    const station: StationCatalog = stationWithoutResidence;
    expect([spouse, residence]).toEqual(['Le nom de l’époux ou de l’épouse', 'Domicile']);
    // The same gaps, seen at run time: the check below can fail.
    expect(missingFrom(kiosk, KIOSK_IDS)).toEqual(['q.usageName.spouse']);
    expect(missingFrom(station, STATION_IDS)).toEqual(['q.residence']);
  });

  it.each(LOCALES)('every id the engine calls for is in the %s kiosk catalog', (locale) => {
    expect(KIOSK_IDS.length).toBeGreaterThan(60);
    expect(missingFrom(CATALOGS[locale], KIOSK_IDS)).toEqual([]);
  });

  it('every id the engine calls for is in the station catalog', () => {
    expect(missingFrom(stationFr, STATION_IDS)).toEqual([]);
  });

  it('spells the same ids as the table, and refuses an answer the table does not give', () => {
    const spelled = QUESTION_ORDER.filter(isKioskQuestion).flatMap((key) => {
      const domain = FACT_DOMAINS[key];
      const values = domain.kind === 'choice' || domain.kind === 'yes-no' ? domain.values : [];
      return [questionId(key), exampleId(key), ...values.map((v) => choiceId(key, v))];
    });
    expect(spelled).toEqual(KIOSK_IDS);
    expect(() => choiceId('usageName', 'cousin')).toThrow(/"cousin" is not an answer the rules give for usageName/);
    expect(() => choiceId('residence', 'unknown')).toThrow(RangeError); // "don't know" only where the contract allows it
    expect(() => choiceId('territory', 'general')).toThrow(RangeError); // a setting, never asked
    expect(choiceId('birthRecordDematerialized', 'unknown')).toBe('answer.unknown');
  });
});
