import { fileURLToPath } from 'node:url';
import { evaluate, parseFacts, type Evaluation, type ReasonValues } from '../../rules/index.js';
import { loadCases } from './case-table.js';
import { completeDossiers } from './space.js';

/** One sentence the engine wrote, with its data and the evaluation it came from. */
export interface Observed {
  kind: 'piece' | 'warning';
  id: string;
  text: string;
  reasonId: string;
  values: ReasonValues;
  today: string;
}

/** Evaluations of every case-table row and of every `stride`-th dossier of the threshold space. */
export function observedEvaluations(stride = 1): { today: string; evaluation: Evaluation }[] {
  const out: { today: string; evaluation: Evaluation }[] = [];
  for (const c of loadCases(fileURLToPath(new URL('./cases', import.meta.url)))) {
    const parsed = parseFacts(c.facts, '2026-06-15');
    if (parsed.ok) out.push({ today: parsed.facts.today, evaluation: evaluate(parsed.facts) });
  }
  let i = 0;
  for (const facts of completeDossiers()) if (i++ % stride === 0) out.push({ today: facts.today, evaluation: evaluate(facts) });
  return out;
}

/** Every explanation of pieces and warnings, by id, once per distinct (reasonId, value keys). */
export function observedExplanations(stride = 1): Observed[] {
  const seen = new Map<string, Observed>();
  for (const { today, evaluation } of observedEvaluations(stride)) {
    const all: Observed[] = [
      ...evaluation.pieces.flatMap((p) => p.explanations.map((e) => ({ kind: 'piece' as const, id: p.id, text: p.reason, ...e, today }))),
      ...evaluation.warnings.map((w) => ({
        kind: 'warning' as const,
        id: w.id,
        text: w.message,
        reasonId: w.reasonId,
        values: w.values,
        today,
      })),
    ];
    for (const o of all) {
      const key = `${o.reasonId}|${Object.keys(o.values).sort().join()}`;
      if (!seen.has(key)) seen.set(key, o);
    }
  }
  return [...seen.values()];
}
