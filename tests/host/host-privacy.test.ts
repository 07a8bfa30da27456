// The host, not the screens, decides what is stored: answers the rules no
// longer need are dropped before they reach the file, and a new applicant's
// id is the one the host returns. Read back from the real SQLite file.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers, Visit } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import type { PdfRenderer, Printer } from '../../electron/services/receipt/pdf.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS, CHILD_OF_SEPARATED_PARENTS } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const unusedPdf: PdfRenderer = { render: () => Promise.reject(new Error('not expected')), close: async () => {} };
const unusedPrinter: Printer = { print: () => Promise.reject(new Error('not expected')) };
const CHILD: Answers = CHILD_OF_SEPARATED_PARENTS;

const setup = () => setupAt(join(tempDir(), 'sessions.sqlite'));

function setupAt(file: string) {
  const store = SessionStore.open(file);
  store.writeSettings(STATION_SETTINGS);
  const handlers = createApiHandlers({ store, clock: fixedClock('2026-06-15T08:30:00Z'), pdf: unusedPdf, printer: unusedPrinter });
  const call = async <T>(method: string, request: unknown): Promise<T> => {
    const envelope = await dispatch(handlers, method, request);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as T;
  };
  /** The answers as the file holds them, through a connection of its own. */
  const storedAnswers = (applicantId: number): unknown => {
    const reader = new Database(file, { readonly: true });
    try {
      const row = reader.prepare('SELECT answers FROM applicants WHERE id = ?').get(applicantId) as { answers: string };
      return JSON.parse(row.answers);
    } finally {
      reader.close();
    }
  };
  return { store, handlers, call, storedAnswers };
}

describe('the host stores only the answers that still matter', () => {
  it('saving answers that include an irrelevant one stores them without it', async () => {
    const { store, call, storedAnswers } = setup();
    const visit = await call<Visit>('startVisit', {});
    const { applicantId } = await call<{ applicantId: number }>('addApplicant', { reference: visit.reference, answers: CHILD });
    expect(storedAnswers(applicantId)).toEqual(CHILD);
    // An adult: parental authority no longer matters, even if a client sends it.
    const saved = await call<Visit>('saveAnswers', {
      reference: visit.reference,
      applicantId,
      answers: { ...CHILD, birthDate: '1984-01-01' },
    });
    const adult: Answers = { ...CHILD, birthDate: '1984-01-01' };
    delete adult.parentalAuthority;
    expect(storedAnswers(applicantId)).toEqual(adult);
    expect(saved.applicants[0]!.answers).toEqual(adult);
    store.close();
  });

  it('adding an applicant with an irrelevant answer stores it without it', async () => {
    const { store, call, storedAnswers } = setup();
    const visit = await call<Visit>('startVisit', {});
    const { applicantId } = await call<{ applicantId: number }>('addApplicant', {
      reference: visit.reference,
      answers: { titles: ['cni'], birthDate: '1984-01-01', parentalAuthority: 'joint' },
    });
    expect(storedAnswers(applicantId)).toEqual({ titles: ['cni'], birthDate: '1984-01-01' });
    store.close();
  });
});

describe('addApplicant returns the new applicant id', () => {
  it('is the id of the applicant just added, also after a removal in the middle', async () => {
    const { store, call } = setup();
    const visit = await call<Visit>('startVisit', {});
    const ids: number[] = [];
    for (const birthDate of ['1984-01-01', '1990-01-01', '2000-01-01']) {
      const added = await call<{ visit: Visit; applicantId: number }>('addApplicant', {
        reference: visit.reference,
        answers: { titles: ['cni'], birthDate },
      });
      expect(added.visit.applicants.find((a) => a.id === added.applicantId)!.answers.birthDate).toBe(birthDate);
      ids.push(added.applicantId);
    }
    expect(new Set(ids).size).toBe(3);
    await call('removeApplicant', { reference: visit.reference, applicantId: ids[1] });
    const added = await call<{ visit: Visit; applicantId: number }>('addApplicant', {
      reference: visit.reference,
      answers: { titles: ['passport'], birthDate: '1970-01-01' },
    });
    expect(ids).not.toContain(added.applicantId);
    expect(added.visit.applicants.find((a) => a.id === added.applicantId)!.answers).toEqual({
      titles: ['passport'],
      birthDate: '1970-01-01',
    });
    store.close();
  });
});

describe('stored rows are checked when read', () => {
  /**
   * Runs `statement` on the file through a connection of its own, past the
   * tables' CHECK constraints, as a hand edit or an older version could.
   */
  const corrupt = (file: string, statement: string) => {
    const writer = new Database(file);
    try {
      writer.pragma('ignore_check_constraints = ON');
      writer.prepare(statement).run();
    } finally {
      writer.close();
    }
  };

  it.each([
    [
      'an answer of the wrong kind',
      'UPDATE applicants SET answers = \'{"titles":["cni"],"birthDate":42}\'',
      'applicants.0.answers.birthDate',
    ],
    ['answers that are not JSON', "UPDATE applicants SET answers = '{not json'", 'applicants.0.answers'],
    ['answers that are a list', "UPDATE applicants SET answers = '[]'", 'applicants.0.answers'],
    ['a check of an unknown status', "UPDATE piece_checks SET status = 'lost'", 'applicants.0.checks.photo'],
  ])('a visit with %s is reported as corrupted, naming the visit and the field', async (_, statement, field) => {
    const file = join(tempDir(), 'sessions.sqlite');
    const { store, handlers, call } = setupAt(file);
    const visit = await call<Visit>('startVisit', {});
    const { applicantId } = await call<{ applicantId: number }>('addApplicant', {
      reference: visit.reference,
      answers: { titles: ['cni'], birthDate: '1984-01-01' },
    });
    await call('setPieceStatus', { reference: visit.reference, applicantId, pieceId: 'photo', status: 'presented' });
    corrupt(file, statement);
    for (const method of ['getVisit', 'receiptHtml']) {
      const envelope = await dispatch(handlers, method, { reference: visit.reference });
      expect(envelope).toEqual({
        ok: false,
        error: {
          code: 'corrupted',
          field,
          message: expect.stringContaining(`La visite ${visit.reference} enregistrée sur ce poste est endommagée (${field}\u00a0:`),
        },
      });
    }
    // The host still answers the rest.
    expect(await dispatch(handlers, 'getToday', {})).toEqual({ ok: true, value: '2026-06-15' });
    store.close();
  });

  it('corrupted settings are reported, not cast, even by the access check', async () => {
    const file = join(tempDir(), 'sessions.sqlite');
    const { store, handlers } = setupAt(file);
    corrupt(file, 'UPDATE settings SET value = \'{"mode":"station","departement":7}\'');
    const envelope = await dispatch(handlers, 'getSettings', {});
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'corrupted', message: expect.stringMatching(/^La configuration enregistrée sur ce poste est endommagée/) },
    });
    store.close();
  });
});
