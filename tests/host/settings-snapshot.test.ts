// A request reads the settings once: each read is a query and a schema
// check, and two reads in one request could see two different settings.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { createApiHandlers, dispatch } from '../../electron/services/api-handlers.node.js';
import type { PdfRenderer } from '../../electron/services/receipt/pdf.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { PASSPORT_RENEWAL, STATION_SETTINGS } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const unusedPdf: PdfRenderer = { render: () => Promise.reject(new Error('not expected')), close: async () => {} };

/** The access check's read (it decides before the request is parsed), then the handler's one snapshot. */
const READS = 2;

describe('one settings snapshot per request', () => {
  it('reads the settings once to add an applicant, save answers, remove an applicant or make the receipt', async () => {
    const store = SessionStore.open(join(tempDir(), 'sessions.sqlite'));
    store.writeSettings(STATION_SETTINGS);
    let reads = 0;
    const read = store.readSettings.bind(store);
    store.readSettings = () => {
      reads += 1;
      return read();
    };
    const handlers = createApiHandlers({
      store,
      clock: fixedClock('2026-06-15T08:30:00Z'),
      pdf: unusedPdf,
      printer: { print: () => Promise.reject(new Error('not expected')) },
    });
    const readsFor = async <T>(method: string, request: unknown): Promise<{ value: T; reads: number }> => {
      reads = 0;
      const envelope = await dispatch(handlers, method, request);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return { value: envelope.value as T, reads };
    };
    try {
      const { reference } = (await readsFor<Visit>('startVisit', {})).value;
      const added = await readsFor<{ applicantId: number }>('addApplicant', { reference, answers: PASSPORT_RENEWAL });
      expect(added.reads).toBe(READS);
      const { applicantId } = added.value;
      expect((await readsFor('saveAnswers', { reference, applicantId, answers: PASSPORT_RENEWAL })).reads).toBe(READS);
      expect((await readsFor('receiptHtml', { reference })).reads).toBe(READS);
      expect((await readsFor('removeApplicant', { reference, applicantId })).reads).toBe(READS);
    } finally {
      store.close();
    }
  });
});
