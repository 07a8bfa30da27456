// Issue 18.3: the proof of a spouse's name is laid out by situation, as the
// sources do, so the agent (and the person, at the kiosk or on the ticket)
// reads the one line that applies: the engine's sentence and each catalog.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../rules/index.js';
import { explain } from '../../electron/common/messages/reasons.js';

const SITUATIONS = {
  fr: [/Marié·e : acte de naissance/, /Divorcé·e : jugement de divorce/, /Veuf ou veuve : acte de décès/],
  en: [/Married: birth certificate/, /Divorced: divorce judgment/, /Widowed: the spouse’s death certificate/],
  ar: [/متزوج أو متزوجة: عقد الميلاد/, /مطلّق أو مطلّقة: حكم الطلاق/, /أرمل أو أرملة: شهادة وفاة/],
} as const;

describe('the usage-name proof, by situation', () => {
  const ev = evaluate({
    today: '2026-06-15',
    territory: 'general',
    titles: ['cni'],
    birthDate: '1980-03-10',
    currentCni: { status: 'lost' },
    usageName: 'spouse',
  });
  const piece = ev.pieces.find((p) => p.id === 'usage-name-proof')!;
  it.each(Object.entries(SITUATIONS))('%s: one sentence per situation, none joined by « ou »', (locale, lines) => {
    const text = explain(locale as keyof typeof SITUATIONS, piece, piece.reason).replace(/[\u00a0\u202f]/g, ' ');
    for (const line of lines) expect(text).toMatch(line);
    expect(text).not.toMatch(/, ou |, or |، أو /);
  });
  it('the engine’s own French sentence says the same', () => {
    const text = piece.reason.replace(/[\u00a0\u202f]/g, ' ');
    for (const line of SITUATIONS.fr) expect(text).toMatch(line);
  });
});
