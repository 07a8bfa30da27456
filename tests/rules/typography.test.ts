// French typography in what rules/ writes for people: a no-break space
// before : ; ? ! and inside « », so a line never starts with the sign.
import { describe, expect, it } from 'vitest';
import { describeSource, figuresAt, FURTHER_REMEDIES, photoCriteria, SOURCE_RECORDS } from '../../rules/index.js';
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
