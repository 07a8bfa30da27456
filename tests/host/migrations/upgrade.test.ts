// An update lands between two visits: the database the older version wrote,
// at each schema step, opens under this version with its visits intact. The
// fixtures were written by the older commits themselves (write-fixture.ts;
// how in fixtures/README.md), so a migration or a schema change that cannot
// read them fails here, not at a mairie the morning after an update.
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope, Settings, Visit, VisitStateSummary } from '../../../electron/common/contract.js';
import { fixedClock } from '../../../electron/services/clock.node.js';
import { dispatch } from '../../../electron/services/api-handlers.node.js';
import { openServices } from '../../../electron/services/app.node.js';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { ChromiumPdfRenderer } from '../../../electron/services/receipt/chromium-pdf.node.js';
import { CupsPrinter } from '../../../electron/services/receipt/cups-printer.node.js';
import { MIGRATIONS } from '../../../electron/services/store/migrations/index.node.js';
import { useTempDir } from '../../support/temp-dir.js';
import { SPECIMEN } from './fixtures/specimen.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** `schema-N.SHA.sqlite3`: written at schema version N by commit SHA. */
const fixtures = readdirSync(FIXTURES)
  .map((name) => /^schema-(\d+)\.([0-9a-f]{7,40})\.sqlite3$/.exec(name))
  .filter((match) => match !== null)
  .map(([name, version, commit]) => ({ name, version: Number(version), commit }));

const tempDir = useTempDir();
const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const services of opened.splice(0)) await services.close();
});

/** The afternoon of the fixtures' morning: the visits are the day's, retention keeps them. */
function openUpgraded(fixture: string) {
  const dataDir = tempDir();
  copyFileSync(join(FIXTURES, fixture), storeFile(dataDir));
  // Never launched: these tests print nothing, and the renderer starts Chromium only on a first receipt.
  const pdf = new ChromiumPdfRenderer();
  const services = openServices({
    dataDir,
    clock: fixedClock('2026-12-01T13:30:00Z'),
    pdf,
    printer: new CupsPrinter(pdf, '/nonexistent/lp'),
  });
  opened.push(services);
  const call = async <T>(method: string, request: unknown): Promise<T> => {
    const envelope = (await dispatch(services.handlers, method, request)) as Envelope<T>;
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value;
  };
  return { services, call };
}

describe('a database written by an earlier schema opens under this version', () => {
  it('has a fixture for every schema before the current one', () => {
    const versions = new Set(fixtures.map((f) => f.version));
    // The current schema's fixture is written once the next migration lands (fixtures/README.md).
    for (let version = 1; version < MIGRATIONS.length; version += 1) expect(versions, `a fixture at schema ${version}`).toContain(version);
  });

  it.each(fixtures)('$name: schema $version from commit $commit, its visits intact', async ({ name, version }) => {
    // The fixture is what it says: that schema version, as its commit left it.
    const raw = new Database(join(FIXTURES, name), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(version);
    raw.close();

    const { services, call } = openUpgraded(name);
    expect(services.store.pragma('user_version')).toBe(MIGRATIONS.length);
    expect(services.store.pragma('integrity_check')).toBe('ok');

    // A version-1 file predates the settings table: the first start asks for them, as on a new station.
    if (version < 2) expect(await call<Settings | null>('getSettings', {})).toBeNull();
    else expect(await call<Settings>('getSettings', {})).toMatchObject(SPECIMEN.settings);
    if (version < 2) await call('saveSettings', { settings: SPECIMEN.settings });

    for (const expected of SPECIMEN.visits) {
      const visit = await call<Visit>('getVisit', { reference: expected.reference });
      expect(visit).toMatchObject({ reference: expected.reference, createdAt: expected.createdAt, depositDate: expected.depositDate });
      expect(visit.applicants.map(({ answers, checks }) => ({ answers, checks }))).toEqual(expected.applicants);
    }
    // The home list judges each visit: none is listed as damaged (a null state).
    const listed = await call<VisitStateSummary[]>('listVisitStates', {});
    const byReference = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(listed.map((v) => [v.reference, v.applicants, v.state === null]).sort(byReference)).toEqual(
      SPECIMEN.visits.map((v) => [v.reference, v.applicants.length, false]).sort(byReference),
    );

    // The afternoon goes on: the morning's visit takes a new check and a new applicant, and its receipt is written.
    const [first] = SPECIMEN.visits;
    const reopened = await call<Visit>('getVisit', { reference: first.reference });
    await call('setPieceStatus', {
      reference: first.reference,
      applicantId: reopened.applicants[0]!.id,
      pieceId: 'proof-of-address',
      status: 'presented',
    });
    await call('addApplicant', { reference: first.reference, answers: { titles: ['cni'], birthDate: '1990-07-14' } });
    const after = await call<Visit>('getVisit', { reference: first.reference });
    expect(after.applicants[0]!.checks['proof-of-address']).toBe('presented');
    expect(after.applicants).toHaveLength(2);
    expect(await call<string>('receiptHtml', { reference: first.reference })).toContain(first.reference);
  });
});
