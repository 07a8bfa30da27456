// French typography in what people read: a no-break space before : ; ? !
// and inside « », so a line never starts with the sign (what rules/ writes);
// the typographic apostrophe everywhere (catalogs, engine, templates).
import { describe, expect, it } from 'vitest';
import { CATALOGS, LOCALES, stationFr } from '../../electron/common/messages/index.js';
import { REASON_CATALOGS } from '../../electron/common/messages/reasons.js';
import { certFor, DEPARTEMENTS, describeSource, figuresAt, FURTHER_REMEDIES, photoCriteria, SOURCE_RECORDS } from '../../rules/index.js';
import { literalText, markupText, PRINTED_FILES, printedText } from './catalog-text.js';
import { observedEvaluations } from './observed.js';

const BAD = / [:;?!]|« | »|[^\s\u00a0\u202f][;?!](?!\S)/;

describe('French typography', () => {
  it('in every label, reason, condition and warning the engine writes', () => {
    const bad = new Set<string>();
    for (const { evaluation } of observedEvaluations(7)) {
      for (const p of evaluation.pieces)
        for (const text of [p.label, p.reason, p.condition ?? '']) if (BAD.test(text)) bad.add(`${p.id}: ${text}`);
      for (const w of evaluation.warnings) if (BAD.test(w.message)) bad.add(`${w.id}: ${w.message}`);
    }
    expect([...bad].slice(0, 5)).toEqual([]);
  });

  it('in the sources, the remedies and the photo criteria', () => {
    const texts = [
      ...Object.values(SOURCE_RECORDS).map((r) => describeSource(r.id)),
      FURTHER_REMEDIES,
      ...photoCriteria(figuresAt('2026-12-01')),
    ];
    expect(texts.filter((t) => BAD.test(t))).toEqual([]);
  });
});

// One apostrophe in every text people read: the typographic ’ (U+2019),
// never the straight ' beside it on the same receipt or screen. In the ICU
// catalogs a straight ' is also an escape character, so a message is read
// through its parsed literals: what would print, not how it is quoted.
const STRAIGHT = /'/;

/** "id: text" for every text that holds a straight apostrophe. */
const straight = (entries: [string, string][]): string[] =>
  entries.filter(([, text]) => STRAIGHT.test(text)).map(([id, text]) => `${id}: ${text}`);

describe('the typographic apostrophe ’', () => {
  it.each(LOCALES)('in every message of the kiosk and reason catalogs in %s', (locale) => {
    const entries = [...Object.entries(CATALOGS[locale]), ...Object.entries(REASON_CATALOGS[locale])];
    expect(straight(entries.map(([id, message]) => [id, literalText(message, locale)]))).toEqual([]);
  });

  it('in every message of the station catalog (its faults included)', () => {
    expect(straight(Object.entries(stationFr).map(([id, message]) => [id, literalText(message, 'fr')]))).toEqual([]);
  });

  it('in every label, reason, condition, source and warning the engine writes', () => {
    const bad = new Set<string>();
    for (const { evaluation } of observedEvaluations(7)) {
      for (const p of evaluation.pieces)
        for (const text of straight([p.label, p.reason, p.condition ?? '', ...p.sources].map((t) => [p.id, t]))) bad.add(text);
      for (const text of straight(evaluation.warnings.map((w) => [w.id, w.message]))) bad.add(text);
    }
    expect([...bad].slice(0, 10)).toEqual([]);
  });

  it('in the sources, the remedies, the certs and the photo criteria', () => {
    const texts: [string, string][] = [
      ...Object.values(SOURCE_RECORDS).map((r): [string, string] => [r.id, describeSource(r.id)]),
      ['FURTHER_REMEDIES', FURTHER_REMEDIES],
      ...DEPARTEMENTS.map((d): [string, string] => [`cert ${d}`, certFor(d)?.name ?? '']),
      ...photoCriteria(figuresAt('2026-12-01')).map((t): [string, string] => ['photo', t]),
    ];
    expect(straight(texts)).toEqual([]);
  });

  it.each(PRINTED_FILES)('in the sentences typed in %s', (file) => {
    expect(straight(printedText(file).map((text) => [file, text]))).toEqual([]);
  });

  it('reads the sentences typed in a page’s markup, and catches a straight apostrophe there', () => {
    expect(straight(markupText("const A = () => <p title=\"l'x\">Pièce d'identité{' ; '}</p>;").map((t) => ['a', t]))).toEqual([
      "a: Pièce d'identité",
    ]);
  });

  it('reads an escaped apostrophe as what prints, and catches a straight one', () => {
    expect(straight([['a', literalText("Pièce d'identité", 'fr')]])).toEqual(["a: Pièce d'identité"]);
    expect(straight([['b', literalText('Pièce d’identité {n}', 'fr')]])).toEqual([]);
    expect(straight([['c', literalText("'{n}' d’identité", 'fr')]])).toEqual([]);
  });
});
