// The host's warm-up (run while its window starts) is best-effort: damage it
// meets is left for the page's own call to report, never a crash of the host.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/app.node.js';
import { dispatch } from '../../electron/services/api-handlers.node.js';
import type { PdfRenderer, Printer } from '../../electron/services/receipt/pdf.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const pdf: PdfRenderer = { render: async () => ({ pdf: Buffer.from('%PDF'), heightMm: 100 }), close: async () => {} };
const printer: Printer = { print: async () => ({ printed: false, message: 'non imprimé' }) };

describe('services warm-up', () => {
  it('survives damaged settings, which the first call still reports', async () => {
    const dataDir = tempDir();
    const services = openServices({ dataDir, pdf, printer });
    services.store.writeSettings(STATION_SETTINGS);
    const raw = new Database(join(dataDir, 'sessions.sqlite'));
    raw.prepare('UPDATE settings SET value = \'{"mairieName":3}\' WHERE id = 1').run();
    raw.close();
    expect(() => services.warmUp()).not.toThrow();
    expect(await dispatch(services.handlers, 'getSettings', {})).toMatchObject({ ok: false, error: { code: 'corrupted' } });
    await services.close();
  });
});
