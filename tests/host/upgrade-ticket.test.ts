// A kiosk updated before the counter, or the counter before the kiosk: a
// ticket printed by another version is read when its layout is this one's,
// otherwise refused at the counter with its French reason, and never misread
// as other answers. The tickets in tickets.json were encoded by the commits
// that printed them (write-ticket.ts); the rest follows TICKET_VERSION, so a
// bump made elsewhere keeps this test true.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Answers, Envelope, Visit, VisitStateSummary } from '../../electron/common/contract.js';
import {
  decodeTicket,
  encodeTicket,
  signTicket,
  TICKET_ALPHABET,
  TICKET_PREFIX,
  TICKET_VERSION,
} from '../../electron/common/ticket-code.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import { ChromiumPdfRenderer } from '../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../electron/services/receipt/cups-printer.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';
import { TICKET_PEOPLE } from './migrations/fixtures/specimen.js';

interface PrintedTicket {
  madeBy: string;
  version: number;
  code: string;
  people: Answers[];
}
const PRINTED = JSON.parse(readFileSync(join(import.meta.dirname, 'migrations', 'fixtures', 'tickets.json'), 'utf8')) as PrintedTicket[];
const OLDER_MESSAGE = /^Ce ticket vient d.une version plus ancienne de la borne\u00a0: posez les questions au guichet\.$/;

const tempDir = useTempDir();
const pdf = new ChromiumPdfRenderer();
afterAll(() => pdf.close());

/** The counter, on a real SQLite file: what importTicket answers and what it leaves in the day's list. */
function counter() {
  const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
  store.writeSettings(STATION_SETTINGS);
  const handlers = createApiHandlers({
    store,
    clock: fixedClock('2026-12-04T09:00:00Z'),
    pdf,
    printer: new CupsPrinter(pdf, '/nonexistent/lp'),
  });
  return {
    store,
    call: <T>(method: string, request: unknown) => dispatch(handlers, method, request) as Promise<Envelope<T>>,
  };
}

describe('a kiosk ticket from another version, at the counter', () => {
  it('holds a ticket printed by the previous version and one by the current', () => {
    const versions = PRINTED.map((t) => t.version);
    expect(versions).toContain(TICKET_VERSION - 1);
    expect(Math.max(...versions)).toBeLessThanOrEqual(TICKET_VERSION);
  });

  it.each(PRINTED)('version $version, printed by $madeBy: read if current, else refused as older, opening nothing', async (ticket) => {
    const { store, call } = counter();
    const imported = await call<Visit>('importTicket', { code: ticket.code });
    const listed = await call<VisitStateSummary[]>('listVisitStates', {});
    if (ticket.version === TICKET_VERSION) {
      expect(decodeTicket(ticket.code)).toEqual({ ok: true, people: ticket.people });
      expect(imported.ok && imported.value.applicants).toHaveLength(ticket.people.length);
      expect(listed.ok && listed.value).toHaveLength(1);
    } else {
      const decoded = decodeTicket(ticket.code);
      expect(decoded.ok || decoded.error.reason).toBe('older');
      expect(imported.ok || imported.error).toMatchObject({ code: 'invalid-request', message: expect.stringMatching(OLDER_MESSAGE) });
      // Nothing half-opened: the day's list stays empty.
      expect(listed.ok && listed.value).toEqual([]);
    }
    store.close();
  });

  it('refuses today’s answers framed as the previous version, whatever TICKET_VERSION is now', async () => {
    // Today's layout behind the previous version's symbol, correctly signed: only the version tells it apart.
    const current = encodeTicket(TICKET_PEOPLE as unknown as Answers[]);
    const body = current.slice(0, -3);
    const previous = signTicket(`${TICKET_PREFIX}${TICKET_ALPHABET[TICKET_VERSION - 1]}${body.slice(TICKET_PREFIX.length + 1)}`);
    expect(decodeTicket(current)).toMatchObject({ ok: true });
    const { store, call } = counter();
    const imported = await call<Visit>('importTicket', { code: previous });
    expect(imported.ok || imported.error.message).toMatch(OLDER_MESSAGE);
    expect(await call('listVisitStates', {})).toEqual({ ok: true, value: [] });
    store.close();
  });
});
