// 10,000 mixed API calls over HTTP at concurrency 20, on the real browser host,
// services and SQLite file (WAL, synchronous=FULL): errors must be 0.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Envelope, Visit } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { startStation } from '../e2e/station-harness.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { type Figures, percentile } from './figures.js';

const CALLS = 10_000;
const CONCURRENCY = 20;
export async function loadBenchmark(): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-load-'));
  const station = await startStation(dataDir, fixedClock('2026-06-15T08:30:00Z'), STATION_SETTINGS);
  const call = async (method: string, request: unknown): Promise<Envelope<unknown>> => {
    const response = await fetch(`${station.host.url}api/${method}`, {
      method: 'POST',
      body: JSON.stringify(request),
      headers: { 'X-Api-Token': station.host.token },
    });
    if (response.status !== 200) return { ok: false, error: { code: 'internal', message: `HTTP ${response.status}` } };
    return (await response.json()) as Envelope<unknown>;
  };
  try {
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    /** One visit per worker, then a counter's usual mix: answers, checks, reads, lists, receipts' HTML. */
    const worker = async () => {
      const started = (await call('startVisit', {})) as Envelope<Visit>;
      if (!started.ok) throw new Error(started.error.message);
      const { reference } = started.value;
      const added = (await call('addApplicant', { reference, answers: { titles: ['cni'], birthDate: '1984-05-02' } })) as Envelope<{
        applicantId: number;
      }>;
      if (!added.ok) throw new Error(added.error.message);
      const { applicantId } = added.value;
      const mix: [string, unknown][] = [
        ['getVisit', { reference }],
        ['saveAnswers', { reference, applicantId, answers: { titles: ['cni'], birthDate: '1984-05-02', residence: 'own' } }],
        ['setPieceStatus', { reference, applicantId, pieceId: 'photo', status: 'presented' }],
        // What the home screen asks: the day's visits, each judged (one visit per worker: 20).
        ['listVisitStates', {}],
        ['getSettings', {}],
        ['getToday', {}],
        ['receiptHtml', { reference }],
        ['setPieceStatus', { reference, applicantId, pieceId: 'photo', status: null }],
      ];
      for (let i = next++; i < CALLS; i = next++) {
        const [method, request] = mix[i % mix.length]!;
        const t0 = performance.now();
        const envelope = await call(method, request);
        latencies.push(performance.now() - t0);
        if (!envelope.ok) errors += 1;
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - t0) / 1000;
    return {
      'load.calls': latencies.length,
      'load.errors': errors,
      'load.p50_ms': percentile(latencies, 50),
      'load.p99_ms': percentile(latencies, 99),
      'load.calls_per_s': Math.round(latencies.length / seconds),
    };
  } finally {
    await station.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
