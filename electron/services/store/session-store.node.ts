import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import {
  settingsSchema,
  visitSchema,
  type Answers,
  type PieceStatus,
  type Settings,
  type Visit,
  type VisitSummary,
} from '../../common/contract.js';
import type { PieceId } from '../../../rules/index.js';
import { ApiError } from '../api-error.node.js';
import { migrate } from './migrations/index.node.js';
import { checkedRow, parseJson } from './stored-row.node.js';

type Mode = Visit['mode'];
type VisitRow = { id: number; reference: string; created_at: string; deposit_date: string; mode: Mode };
type ApplicantRow = { id: number; visit_id: number; answers: string };
type CheckRow = { applicant_id: number; piece_id: string; status: string; two_d_doc_emitted_on: string | null };
/** ISO instants: the last one retention saw, and the one at which a forward jump paused it (or null). */
export type ClockMark = { lastSeen: string; pausedSince: string | null };

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The pieces ticked from a verified 2D-Doc, with their emission date; nothing when there are none. */
function proofsOf(checks: CheckRow[]): { proofs?: Record<string, { by: '2d-doc'; emittedOn: string }> } {
  const proven = checks.filter((c) => c.two_d_doc_emitted_on !== null);
  if (proven.length === 0) return {};
  return { proofs: Object.fromEntries(proven.map((c) => [c.piece_id, { by: '2d-doc', emittedOn: c.two_d_doc_emitted_on! }])) };
}

/** A visit's rows as the contract's Visit, checked as it is read (an ApiError `corrupted` otherwise). */
function assembleVisit(row: VisitRow, applicants: ApplicantRow[], checks: CheckRow[]): Visit {
  const byApplicant = groupBy(checks, (c) => c.applicant_id);
  const stored = {
    reference: row.reference,
    createdAt: row.created_at,
    depositDate: row.deposit_date,
    mode: row.mode,
    applicants: applicants.map((a) => ({
      id: a.id,
      answers: parseJson(a.answers),
      checks: Object.fromEntries((byApplicant.get(a.id) ?? []).map((c) => [c.piece_id, c.status])),
      ...proofsOf(byApplicant.get(a.id) ?? []),
    })),
  };
  return checkedRow(visitSchema, stored, `La visite ${row.reference}`);
}

/**
 * The session store: one SQLite file in the app's data folder. Only dates
 * and answers are stored (the facts), never names or document numbers.
 */
export class SessionStore {
  /** better-sqlite3 prepares on every call: each SQL text is prepared once and kept. */
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(
    private readonly db: Database.Database,
    /** The database's path (retention erases the damaged copies set aside beside it). */
    readonly file?: string,
  ) {}

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /**
   * Opens (or creates) the store. The file is 0600 before SQLite opens it,
   * whatever existed before; SQLite gives its -wal and -shm files the
   * database's own mode, and existing ones are set to 0600 too.
   */
  static open(file: string): SessionStore {
    closeSync(openSync(file, 'a', 0o600));
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    const db = new Database(file);
    try {
      // WAL for concurrent reads; FULL so an acknowledged write survives a power cut
      // (better-sqlite3's build defaults to NORMAL). Deleted rows are overwritten.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('secure_delete = ON');
      db.pragma('foreign_keys = ON');
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new SessionStore(db, file);
  }

  pragma(name: string): unknown {
    return this.db.pragma(name, { simple: true });
  }

  close(): void {
    this.db.close();
  }

  createVisit(visit: { reference: string; createdAt: string; depositDate: string; mode: Mode }): void {
    this.sql('INSERT INTO visits (reference, created_at, deposit_date, mode) VALUES (@reference, @createdAt, @depositDate, @mode)').run(
      visit,
    );
  }

  /** The visit, checked against the contract's schema as it is read (an ApiError `corrupted` otherwise). */
  getVisit(reference: string): Visit | null {
    const row = this.sql('SELECT id, reference, created_at, deposit_date, mode FROM visits WHERE reference = ?').get(reference) as
      VisitRow | undefined;
    if (!row) return null;
    const applicants = this.sql('SELECT id, visit_id, answers FROM applicants WHERE visit_id = ? ORDER BY id').all(
      row.id,
    ) as ApplicantRow[];
    const checks = this.sql(
      'SELECT applicant_id, piece_id, status, two_d_doc_emitted_on FROM piece_checks WHERE applicant_id IN (SELECT id FROM applicants WHERE visit_id = ?)',
    ).all(row.id) as CheckRow[];
    return assembleVisit(row, applicants, checks);
  }

  /**
   * A day's visits of one mode, newest first, each whole (applicants, answers,
   * checks) in three queries whatever their number. `visit` is null for a
   * visit whose stored row no longer matches the contract: the others still read.
   */
  visitsOn(depositDate: string, mode: Mode = 'station'): (VisitSummary & { visit: Visit | null })[] {
    const day = 'SELECT id FROM visits WHERE deposit_date = @depositDate AND mode = @mode';
    const rows = this.sql(
      'SELECT id, reference, created_at, deposit_date, mode FROM visits WHERE deposit_date = @depositDate AND mode = @mode ORDER BY created_at DESC, id DESC',
    ).all({ depositDate, mode }) as VisitRow[];
    const applicants = this.sql(`SELECT id, visit_id, answers FROM applicants WHERE visit_id IN (${day}) ORDER BY id`).all({
      depositDate,
      mode,
    }) as ApplicantRow[];
    const checks = this.sql(
      `SELECT applicant_id, piece_id, status, two_d_doc_emitted_on FROM piece_checks WHERE applicant_id IN (SELECT id FROM applicants WHERE visit_id IN (${day}))`,
    ).all({ depositDate, mode }) as CheckRow[];
    const byVisit = groupBy(applicants, (a) => a.visit_id);
    const byApplicant = groupBy(checks, (c) => c.applicant_id);
    return rows.map((row) => {
      const own = byVisit.get(row.id) ?? [];
      let visit: Visit | null;
      try {
        visit = assembleVisit(
          row,
          own,
          own.flatMap((a) => byApplicant.get(a.id) ?? []),
        );
      } catch (error) {
        if (!(error instanceof ApiError && error.body.code === 'corrupted')) throw error;
        visit = null;
      }
      return { reference: row.reference, createdAt: row.created_at, applicants: own.length, visit };
    });
  }

  /** The mode a visit was started in, without reading its applicants (the access check runs on every call). */
  visitMode(reference: string): Mode | null {
    const row = this.sql('SELECT mode FROM visits WHERE reference = ?').get(reference) as { mode: Mode } | undefined;
    return row?.mode ?? null;
  }

  /** Adds an applicant to a visit and returns its id; null when the visit does not exist. */
  addApplicant(reference: string, answers: Answers): number | null {
    const result = this.sql('INSERT INTO applicants (visit_id, answers) SELECT id, ? FROM visits WHERE reference = ?').run(
      JSON.stringify(answers),
      reference,
    );
    return result.changes === 1 ? Number(result.lastInsertRowid) : null;
  }

  saveAnswers(reference: string, applicantId: number, answers: Answers): boolean {
    return (
      this.sql('UPDATE applicants SET answers = ? WHERE id = ? AND visit_id = (SELECT id FROM visits WHERE reference = ?)').run(
        JSON.stringify(answers),
        applicantId,
        reference,
      ).changes === 1
    );
  }

  removeApplicant(reference: string, applicantId: number): boolean {
    return (
      this.sql('DELETE FROM applicants WHERE id = ? AND visit_id = (SELECT id FROM visits WHERE reference = ?)').run(applicantId, reference)
        .changes === 1
    );
  }

  /** Records a piece as presented or missing; null makes it "not yet checked" again. */
  setPieceStatus(reference: string, applicantId: number, pieceId: PieceId, status: PieceStatus | null): boolean {
    const owned = this.sql('SELECT 1 FROM applicants a JOIN visits v ON v.id = a.visit_id WHERE a.id = ? AND v.reference = ?').get(
      applicantId,
      reference,
    );
    if (!owned) return false;
    if (status === null) {
      this.sql('DELETE FROM piece_checks WHERE applicant_id = ? AND piece_id = ?').run(applicantId, pieceId);
    } else {
      this.sql(
        // Ticked or changed by hand: whatever a 2D-Doc proved no longer describes the piece.
        'INSERT INTO piece_checks (applicant_id, piece_id, status) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET status = excluded.status, two_d_doc_emitted_on = NULL',
      ).run(applicantId, pieceId, status);
    }
    return true;
  }

  /** Records a piece as presented and verified by its 2D-Doc, keeping only the emission date it proved. */
  setPieceProof(reference: string, applicantId: number, pieceId: PieceId, emittedOn: string): boolean {
    const owned = this.sql('SELECT 1 FROM applicants a JOIN visits v ON v.id = a.visit_id WHERE a.id = ? AND v.reference = ?').get(
      applicantId,
      reference,
    );
    if (!owned) return false;
    this.sql(
      `INSERT INTO piece_checks (applicant_id, piece_id, status, two_d_doc_emitted_on) VALUES (?, ?, 'presented', ?)
       ON CONFLICT DO UPDATE SET status = 'presented', two_d_doc_emitted_on = excluded.two_d_doc_emitted_on`,
    ).run(applicantId, pieceId, emittedOn);
    return true;
  }

  /**
   * Erases a kiosk session at once. Station visits are never erased on
   * request: the person may come back with the missing pieces, and retention
   * decides when they go.
   */
  deleteKioskVisit(reference: string): boolean {
    const deleted = this.sql("DELETE FROM visits WHERE reference = ? AND mode = 'kiosk'").run(reference).changes === 1;
    this.flushDeletions();
    return deleted;
  }

  /**
   * Deletes station visits created before `stationCutoff`, kiosk visits before
   * `kioskCutoff`, and any visit created after `futureCutoff` (the clock was
   * set back: its age cannot be known, so it is not kept). ISO instants.
   */
  purge(stationCutoff: string, kioskCutoff: string, futureCutoff = '9999'): number {
    const removed = this.sql(
      "DELETE FROM visits WHERE (mode = 'station' AND created_at < ?) OR (mode = 'kiosk' AND created_at < ?) OR created_at > ?",
    ).run(stationCutoff, kioskCutoff, futureCutoff).changes;
    if (removed > 0 || this.walPending) this.flushDeletions();
    return removed;
  }

  /** True while deleted rows may still be readable in the WAL (a truncation failed); the next purge retries. */
  walPending = false;

  /**
   * With secure_delete the database pages are already overwritten; the WAL
   * still holds older copies of them until it is checkpointed and truncated.
   * A reader in another connection makes the truncation fail (busy): it is
   * retried, then reported and left pending for the next purge, never ignored.
   */
  flushDeletions(attempts = 5, waitMs = 20): boolean {
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy === 0) {
        this.walPending = false;
        return true;
      }
      if (attempt < attempts) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, waitMs * attempt);
    }
    this.walPending = true;
    this.onWalBusy();
    return false;
  }

  /** How a failed truncation is reported; one line on stderr unless replaced. */
  onWalBusy: () => void = () =>
    console.error('[store] WAL not truncated: another reader is busy; deleted rows stay in the WAL until the next purge retries');

  readSettings(): Settings | null {
    const row = this.sql('SELECT value FROM settings WHERE id = 1').get() as { value: string } | undefined;
    return row ? checkedRow(settingsSchema, parseJson(row.value), 'La configuration') : null;
  }

  /** What retention last saw of the clock (migration 03); null before its first purge. */
  readClockMark(): ClockMark | null {
    const row = this.sql('SELECT last_seen AS lastSeen, paused_since AS pausedSince FROM clock_mark WHERE id = 1').get() as
      ClockMark | undefined;
    return row ?? null;
  }

  writeClockMark(mark: ClockMark): void {
    this.sql(
      'INSERT INTO clock_mark (id, last_seen, paused_since) VALUES (1, @lastSeen, @pausedSince) ON CONFLICT DO UPDATE SET last_seen = excluded.last_seen, paused_since = excluded.paused_since',
    ).run(mark);
  }

  writeSettings(settings: Settings): void {
    this.sql('INSERT INTO settings (id, value) VALUES (1, ?) ON CONFLICT DO UPDATE SET value = excluded.value').run(
      JSON.stringify(settings),
    );
  }
}
