// Issue 18.2: a request's label and the reasons of its pieces say one thing.
// Every (label, reason, pieces) triple the threshold space produces is read
// as the receipt prints it, against the contradictions stated as rules.
import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation, type Facts, type Title } from '../../rules/index.js';
import { stationText as t } from '../../electron/common/messages/index.js';
import { explain } from '../../electron/common/messages/reasons.js';
import { motifMessage } from '../../electron/common/request-label.js';
import { completeDossiers } from './space.js';

const HELD = { cni: 'current-cni', passport: 'current-passport' } as const;
const OTHER_PROOFS = { cni: ['current-passport', 'birth-certificate'], passport: ['current-cni', 'birth-certificate'] } as const;
const NOT_A_PROOF = /ne suffit pas à prouver l’identité|trop ancien pour prouver l’identité/;
const FIRST_PIECES = /pièces d’une première demande/;

/** The contradictions between one request's label and its pieces' reasons. */
function contradictions(facts: Facts, ev: Evaluation, title: Title): string[] {
  const request = ev.requests.find((r) => r.title === title)!;
  const label = `${t(`title.${title}`)} (${t(motifMessage(ev, request))})`;
  const mine = ev.pieces.filter((p) => p.titles.includes(title));
  const held = mine.find((p) => p.id === HELD[title]);
  const heldReason = held ? explain('fr', held, held.reason) : '';
  const found: string[] = [];
  const plainRenewal = request.motif === 'renewal' && !FIRST_PIECES.test(label);
  if (plainRenewal && NOT_A_PROOF.test(heldReason)) found.push(`« ${label} » beside « ${heldReason} »`);
  if (FIRST_PIECES.test(label)) {
    if (!NOT_A_PROOF.test(heldReason)) found.push(`« ${label} » but the held title's reason does not say why: « ${heldReason} »`);
    // A dematerialised birth record (COMEDEC) is read by the agent: nothing to bring then.
    if (facts.birthRecordDematerialized !== true && !mine.some((p) => (OTHER_PROOFS[title] as readonly string[]).includes(p.id)))
      found.push(`« ${label} » without a first request's proof of identity`);
  }
  if (request.motif !== 'renewal' && FIRST_PIECES.test(label)) found.push(`« ${label} » for a ${request.motif}`);
  return found;
}

describe('labels and reasons agree', () => {
  it('over the complete dossiers of the threshold space (one in 7, for time on a shared machine)', () => {
    const failures = new Map<string, string>();
    let firstPieces = 0;
    let i = 0;
    for (const facts of completeDossiers()) {
      if (i++ % 7 !== 0) continue;
      const ev = evaluate(facts);
      for (const { title, motif } of ev.requests) {
        if (motif !== 'renewal') continue;
        for (const found of contradictions(facts, ev, title)) if (!failures.has(found)) failures.set(found, JSON.stringify(facts));
        if (FIRST_PIECES.test(t(motifMessage(ev, { title, motif })))) firstPieces += 1;
      }
    }
    expect([...failures].slice(0, 8).map(([found, facts]) => `${found} (${facts})`)).toEqual([]);
    expect(firstPieces).toBeGreaterThan(0);
  }, 900_000);

  it('the issue’s passport, expired six years ago, reads as a renewal with a first request’s pieces', () => {
    const ev = evaluate({
      today: '2026-06-15',
      territory: 'general',
      titles: ['passport'],
      birthDate: '1980-03-10',
      currentPassport: { status: 'held', expiry: '2020-05-01' },
      currentCni: { status: 'none' },
    });
    expect(t(motifMessage(ev, ev.requests[0]!))).toBe('renouvellement, avec les pièces d’une première demande');
    const held = ev.pieces.find((p) => p.id === 'current-passport')!;
    expect(explain('fr', held, held.reason)).toMatch(/trop ancien pour prouver l’identité/);
  });
});
