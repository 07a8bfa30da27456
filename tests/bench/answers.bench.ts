// An answer saved, as the host handles it: `saveAnswers` through the API's
// dispatch on a real SQLite file, with the settings and the visit read as
// the request reads them and the answers pruned before they are stored.
// The station bench times the page; this one isolates the host's share,
// which is paid on every answer the agent clicks. Beside it, the page's
// share: the pruning the page does before it shows the answer (the same
// code the renderer runs, timed here in Node, where V8 runs it alike).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Answers, Visit } from '../../electron/common/contract.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { CHILD_OF_SEPARATED_PARENTS, PASSPORT_RENEWAL, STATION_SETTINGS } from '../support/fixtures.js';
import { type Figures, percentile } from './figures.js';
import { answerInVisit } from '../../renderer/visit/answers.js';
import { tracedEvaluationOrNull } from '../../electron/common/applicant-evaluation.js';
import type { FactKey } from '../../rules/index.js';

const ROUNDS = 2000;
export async function answersBenchmark(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-answers-'));
  const store = SessionStore.open(join(dir, 'sessions.sqlite'));
  store.writeSettings(STATION_SETTINGS);
  const unused = () => Promise.reject(new Error('not expected'));
  const handlers = createApiHandlers({
    store,
    clock: fixedClock('2026-06-15T08:30:00Z'),
    pdf: { render: unused, close: async () => {} },
    printer: { print: unused },
  });
  const call = async <T>(method: string, request: unknown): Promise<T> => {
    const envelope = await dispatch(handlers, method, request);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value as T;
  };
  try {
    const { reference } = await call<Visit>('startVisit', {});
    const { applicantId } = await call<{ applicantId: number }>('addApplicant', { reference, answers: PASSPORT_RENEWAL });
    // Two full dossiers in turn (an adult's renewal, a separated parents' child): every answer is pruned each time.
    const turns: Answers[] = [PASSPORT_RENEWAL, CHILD_OF_SEPARATED_PARENTS];
    const latencies: number[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const t0 = performance.now();
      await call('saveAnswers', { reference, applicantId, answers: turns[i % turns.length] });
      latencies.push(performance.now() - t0);
    }
    const warm = latencies.slice(ROUNDS / 10);
    const pruning = pruningLatencies().slice(ROUNDS / 10);
    return {
      'answers.save_p50_ms': percentile(warm, 50),
      'answers.save_p95_ms': percentile(warm, 95),
      'answers.page_prune_p50_ms': percentile(pruning, 50),
      'answers.page_prune_p95_ms': percentile(pruning, 95),
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The page's pruning of one answer, as `onAnswer` runs it: the child's birth date typed as an adult's and back
 * (her household answers go stale and return), the renewal's residence flipped (nothing goes stale).
 */
function pruningLatencies(): number[] {
  const { departement, productionDelayDays } = STATION_SETTINGS;
  const traceFor = (answers: Answers) => tracedEvaluationOrNull(answers, '2026-06-15', departement, productionDelayDays);
  const changes: [FactKey, unknown][] = [
    ['birthDate', '1984-01-01'],
    ['birthDate', CHILD_OF_SEPARATED_PARENTS.birthDate],
  ];
  let child: Answers = CHILD_OF_SEPARATED_PARENTS;
  let renewal: Answers = PASSPORT_RENEWAL;
  const latencies: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const t0 = performance.now();
    if (i % 2 === 0) child = answerInVisit(child, ...changes[(i / 2) % 2]!, traceFor).typed;
    else renewal = answerInVisit(renewal, 'residence', i % 4 === 1 ? 'hosted' : 'own', traceFor).typed;
    latencies.push(performance.now() - t0);
  }
  return latencies;
}
