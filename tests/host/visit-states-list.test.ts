// The home list in one call: each of the day's station visits with
// where it stands, judged on the host from what is stored, on a real SQLite file.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Visit, VisitStateSummary } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import type { PdfRenderer, Printer } from '../../electron/services/receipt/pdf.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS, PASSPORT_RENEWAL, PASSPORT_RENEWAL_PIECES } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
// Nothing is rendered or printed here.
const pdf: PdfRenderer = { render: async () => ({ pdf: Buffer.from('%PDF'), heightMm: 100 }), close: async () => {} };
const printer: Printer = { print: async () => ({ printed: false, message: 'non imprimé' }) };

type Handlers = ReturnType<typeof createApiHandlers>;
async function call<T>(handlers: Handlers, method: string, request: unknown): Promise<T> {
  const envelope = await dispatch(handlers, method, request);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** A visit with one applicant per `answers`, and these pieces ticked for each. */
async function visitWith(
  handlers: Handlers,
  applicants: { answers: unknown; checks?: Record<string, 'presented' | 'missing'> }[],
): Promise<string> {
  const { reference } = await call<Visit>(handlers, 'startVisit', {});
  for (const { answers, checks = {} } of applicants) {
    const { applicantId } = await call<{ applicantId: number }>(handlers, 'addApplicant', { reference, answers });
    for (const [pieceId, status] of Object.entries(checks))
      await call(handlers, 'setPieceStatus', { reference, applicantId, pieceId, status });
  }
  return reference;
}

const all = (status: 'presented' | 'missing') => Object.fromEntries(PASSPORT_RENEWAL_PIECES.map((p) => [p, status]));

describe("listVisitStates: the day's visits with their state, in one call", () => {
  it("says complete, pieces missing, to check or unfinished for each visit, as the receipt would, and lists only the day's station visits", async () => {
    const file = join(tempDir(), 'sessions.sqlite');
    const store = SessionStore.open(file);
    store.writeSettings(STATION_SETTINGS);
    const handlers = createApiHandlers({ store, clock: fixedClock('2026-06-15T08:30:00Z'), pdf, printer });

    const complete = await visitWith(handlers, [{ answers: PASSPORT_RENEWAL, checks: all('presented') }]);
    const missing = await visitWith(handlers, [{ answers: PASSPORT_RENEWAL, checks: { ...all('presented'), photo: 'missing' } }]);
    const toCheck = await visitWith(handlers, [{ answers: PASSPORT_RENEWAL, checks: { photo: 'presented' } }]);
    // A visit is as far as its least advanced applicant: one complete, one with questions left.
    const unfinished = await visitWith(handlers, [
      { answers: PASSPORT_RENEWAL, checks: all('presented') },
      { answers: { titles: ['cni'] } },
    ]);
    const empty = await visitWith(handlers, []);
    // Neither a kiosk session nor another day's visit belongs to today's counter list.
    store.createVisit({ reference: 'KKK-222', createdAt: '2026-06-15T08:10:00.000Z', depositDate: '2026-06-15', mode: 'kiosk' });
    store.createVisit({ reference: 'YYY-333', createdAt: '2026-06-14T15:00:00.000Z', depositDate: '2026-06-14', mode: 'station' });

    const listed = await call<VisitStateSummary[]>(handlers, 'listVisitStates', {});
    const states = Object.fromEntries(listed.map((v) => [v.reference, v.state]));
    expect(states).toEqual({
      [complete]: 'complete',
      [missing]: 'missing',
      [toCheck]: 'to-check',
      [unfinished]: 'unfinished',
      [empty]: 'unfinished',
    });
    // The day's summaries as the store reads them, in its order (newest first), each with its state.
    expect(listed.map((v) => ({ reference: v.reference, createdAt: v.createdAt, applicants: v.applicants }))).toEqual(
      store.visitsOn('2026-06-15').map(({ reference, createdAt, applicants }) => ({ reference, createdAt, applicants })),
    );
    expect(listed.find((v) => v.reference === unfinished)!.applicants).toBe(2);

    expect(await call<VisitStateSummary[]>(handlers, 'listVisitStates', { depositDate: '2026-06-14' })).toEqual([
      { reference: 'YYY-333', createdAt: '2026-06-14T15:00:00.000Z', applicants: 0, state: 'unfinished' },
    ]);
    store.close();
  });

  it('reads each visit whole as getVisit does, and lists a damaged visit without a state instead of failing the day', async () => {
    const file = join(tempDir(), 'sessions.sqlite');
    const store = SessionStore.open(file);
    store.writeSettings(STATION_SETTINGS);
    const handlers = createApiHandlers({ store, clock: fixedClock('2026-06-15T08:30:00Z'), pdf, printer });
    const kept = await visitWith(handlers, [
      { answers: PASSPORT_RENEWAL, checks: { photo: 'presented', 'tax-stamp': 'missing' } },
      { answers: { titles: ['cni'] } },
    ]);
    const damaged = await visitWith(handlers, [{ answers: PASSPORT_RENEWAL }]);

    for (const { reference, visit } of store.visitsOn('2026-06-15')) expect(visit).toEqual(store.getVisit(reference));

    // Another program (or a damaged disk) leaves an answer the contract refuses.
    const raw = new Database(file);
    raw
      .prepare('UPDATE applicants SET answers = \'{"birthDate":5}\' WHERE visit_id = (SELECT id FROM visits WHERE reference = ?)')
      .run(damaged);
    raw.close();

    const listed = await dispatch(handlers, 'listVisitStates', {});
    expect(listed).toMatchObject({ ok: true });
    const states = Object.fromEntries((listed as { value: VisitStateSummary[] }).value.map((v) => [v.reference, v.state]));
    expect(states).toEqual({ [kept]: 'unfinished', [damaged]: null });
    // The visit itself still says what is wrong when it is opened.
    expect(await dispatch(handlers, 'getVisit', { reference: damaged })).toMatchObject({ ok: false, error: { code: 'corrupted' } });
    store.close();
  });
});
