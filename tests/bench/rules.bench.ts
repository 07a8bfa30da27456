import { performance } from 'node:perf_hooks';
import { evaluate } from '../../rules/index.js';
import { completeDossiers } from '../rules/space.js';
import { brokenInvariants } from '../rules/invariants.js';
import { type Figures, percentile } from './figures.js';

/** Latency of one evaluation of a complete dossier, and the exhaustive pass of the tests. */
export async function rulesBenchmark(): Promise<Figures> {
  const samples = [...completeDossiers()].filter((_, i) => i % 7 === 0);
  for (const facts of samples.slice(0, 5000)) evaluate(facts); // warm up the JIT
  const timings: number[] = [];
  const start = performance.now();
  for (const facts of samples) {
    const t0 = performance.now();
    evaluate(facts);
    timings.push(performance.now() - t0);
  }
  const elapsed = performance.now() - start;

  const exhaustiveStart = performance.now();
  let combinations = 0;
  let broken = 0;
  for (const facts of completeDossiers()) {
    combinations += 1;
    if (brokenInvariants(facts, evaluate(facts)).length > 0) broken += 1;
  }
  return {
    'rules.evaluations': samples.length,
    'rules.evaluations_per_s': Math.round(samples.length / (elapsed / 1000)),
    'rules.p50_ms': percentile(timings, 50),
    'rules.p99_ms': percentile(timings, 99),
    'rules.exhaustive_combinations': combinations,
    'rules.exhaustive_broken': broken,
    'rules.exhaustive_s': (performance.now() - exhaustiveStart) / 1000,
  };
}
