// No figure typed in any text people read: every message of every
// catalog (the kiosk's in French, English and Arabic, the station's, the
// reasons') and every sentence typed in the receipt and ticket templates is
// read for digits outside its ICU arguments. A figure there is a number a
// decree could change: it must be an argument filled from `figuresAt`. The
// allow-list below is reviewed: each entry says why its digits are no figure.
import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, stationFr, type MessageId, type StationMessageId } from '../../electron/common/messages/index.js';
import { REASON_CATALOGS } from '../../electron/common/messages/reasons.js';
import { literalText, markupText, PRINTED_FILES, printedText, templateText } from './catalog-text.js';

/** Digits that name something rather than count it: a form's number, a fiche, a law. */
const NAMES = [/cerfa \d+\*\d+/g, /\bF\d{3,5}\b/g, /\b(loi|art\.) [\d-]+/g, /\b2D-Doc\b/gi, /\bP-(256|384)\b/g];

/** Reviewed messages whose digits are no rule's figure. */
const KIOSK_ALLOWED: Partial<Record<MessageId, string>> = {
  'q.birthDate.example': 'an example of how to type a date, not a rule',
};
const STATION_ALLOWED: Partial<Record<StationMessageId, string>> = {
  'home.resume.malformed': 'an example visit reference (K7Q-4MZ)',
  'twoDDoc.format.unknown-version': 'the 2D-Doc header versions the parser reads (ANTS specification), not a rule',
  'field.date.malformed': 'an example of how to type a date',
  'settings.paper.80mm': 'the paper roll is named by its width',
  'settings.paper.a4': 'the paper is named A4',
  'settings.retention': "the settings' own bound (contract schema), not a rule",
  'settings.error.mairieName': "the settings' field length (contract schema)",
  'settings.error.address': "the settings' field length (contract schema)",
  'settings.error.printer': "the settings' field length (contract schema)",
  'settings.error.retentionDays': "the settings' bound (contract schema)",
  'settings.error.inactivitySeconds': "the settings' bound (contract schema)",
  'settings.error.booking': "the settings' field length (contract schema)",
  'settings.error.productionDelayDays': "the settings' bound (contract schema)",
};

const figuresIn = (text: string): string[] => NAMES.reduce((t, re) => t.replace(re, ''), text).match(/\d+/g) ?? [];

function typedFigures(catalog: Record<string, string>, locale: string, allowed: Record<string, string>): string[] {
  return Object.entries(catalog)
    .filter(([id]) => !(id in allowed))
    .flatMap(([id, message]) => figuresIn(literalText(message, locale)).map((n) => `${id}: ${n} in "${message}"`));
}

describe('no figure typed in a catalog', () => {
  it.each(LOCALES)('the kiosk catalog in %s', (locale) => {
    expect(typedFigures(CATALOGS[locale], locale, KIOSK_ALLOWED)).toEqual([]);
  });

  it('the station catalog', () => expect(typedFigures(stationFr, 'fr', STATION_ALLOWED)).toEqual([]));

  it.each(LOCALES)('the reason catalog in %s', (locale) => {
    expect(typedFigures(REASON_CATALOGS[locale], locale, {})).toEqual([]);
  });

  it('the allow-list names only messages that exist and still hold digits', () => {
    const stale = [
      ...Object.keys(KIOSK_ALLOWED).filter((id) => !figuresIn(literalText(CATALOGS.fr[id as MessageId], 'fr')).length),
      ...Object.keys(STATION_ALLOWED).filter(
        (id) => !(id in stationFr) || !figuresIn(literalText(stationFr[id as StationMessageId], 'fr')).length,
      ),
    ];
    expect(stale).toEqual([]);
  });

  it('catches a typed figure, in a plural branch too', () => {
    expect(figuresIn(literalText('Valable {n, plural, one {# an} other {# ans}}.', 'fr'))).toEqual([]);
    expect(figuresIn(literalText('Moins de {n, plural, =12 {1 an} other {# mois}}.', 'fr'))).toEqual(['1']);
    expect(figuresIn(literalText('Timbre de 30 €.', 'fr'))).toEqual(['30']);
    expect(figuresIn(literalText('Autorisation (cerfa 15646*01).', 'fr'))).toEqual([]);
  });
});

describe('no figure typed in the receipt and ticket templates', () => {
  /** Reviewed: the test page prints every digit to check the printer's font. */
  const ALLOWED = ['0123456789'];
  it.each(PRINTED_FILES)('%s', (file) => {
    const typed = printedText(file)
      .map((text) => ALLOWED.reduce((t, a) => t.replace(a, ''), text))
      .filter((text) => figuresIn(text).length > 0);
    expect(typed).toEqual([]);
  });

  it('catches a figure typed into a template', () => {
    expect(templateText('const a = `<p>Retrait dans les 3 mois ${x}</p>`;').filter((t) => figuresIn(t).length)).toHaveLength(1);
    expect(templateText("const a = `<p>${t('slip.retrieval', { months: 3 })}</p>`;").filter((t) => figuresIn(t).length)).toHaveLength(0);
    expect(markupText('const A = () => <p>Retrait dans les 3 mois {x}</p>;').filter((t) => figuresIn(t).length)).toHaveLength(1);
    expect(
      markupText("const A = () => <p key={2}>{t('slip.retrieval', { months: 3 })}</p>;").filter((t) => figuresIn(t).length),
    ).toHaveLength(0);
  });
});
