// The disk fills while an answer or a receipt is saved. Provoked for real:
// the data folder (and the temp folder the receipt goes through) is a
// small tmpfs, filled to the last block. Where mounting is not allowed (not
// root), the same path runs with an ENOSPC injected at the fs layer, and
// the test's name says which ran.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Answers, Visit } from '../../../electron/common/contract.js';
import { openServices } from '../../../electron/services/app.node.js';
import { dispatch } from '../../../electron/services/api-handlers.node.js';
import { fixedClock } from '../../../electron/services/clock.node.js';
import { storeFile } from '../../../electron/services/data-dir.node.js';
import { CupsPrinter } from '../../../electron/services/receipt/cups-printer.node.js';
import type { PdfRenderer } from '../../../electron/services/receipt/pdf.node.js';
import { STATION_SETTINGS } from '../../support/fixtures.js';
import { standInLp } from '../../support/stand-in-lp.js';

/** A small tmpfs at `dir`, when this process may mount (root, with mount rights); false otherwise. */
function mountTmpfs(dir: string, size: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const mounted: string[] = [];
afterEach(() => {
  for (const dir of mounted.splice(0)) {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Fills the file system holding `dir` to its last block with one file; returns how to free it. */
function fill(dir: string): () => void {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (let size = block.length; size >= 512; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          writeSync(fd, block, 0, size);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return () => rmSync(filler);
}

/** A receipt renderer that gives a fixed PDF of the size a receipt has: the fault under test is the write, not the rendering. */
const sizedPdf: PdfRenderer = {
  render: async () => ({ pdf: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(96 * 1024, 0x20)]), heightMm: 100 }),
  close: async () => {},
};

const root = mkdtempSync(join(tmpdir(), 'dossier-complet-full-'));
const probe = join(root, 'probe');
mkdirSync(probe);
const REAL = mountTmpfs(probe, '1m');
if (REAL) execFileSync('umount', ['-l', probe]);
rmSync(root, { recursive: true, force: true });
const HOW = REAL ? 'a real tmpfs filled to its last block' : 'ENOSPC injected (not root: no tmpfs)';

describe(`a full disk (${HOW})`, () => {
  it.skipIf(!REAL)('saving an answer: a precise code, the French message, nothing half-written, saved once space is back', async () => {
    const disk = mkdtempSync(join(tmpdir(), 'dossier-complet-full-'));
    expect(mountTmpfs(disk, '2m')).toBe(true);
    mounted.push(disk);
    const dataDir = join(disk, 'data');
    const lp = standInLp(mkdtempSync(join(tmpdir(), 'dossier-complet-lp-')));
    const services = openServices({
      dataDir,
      clock: fixedClock('2026-06-15T08:30:00Z'),
      pdf: sizedPdf,
      printer: new CupsPrinter(sizedPdf, lp.lp),
    });
    try {
      const call = async <T>(method: string, request: unknown) =>
        dispatch(services.handlers, method, request) as Promise<{ ok: boolean; value: T; error: { code: string; message: string } }>;
      expect((await call('saveSettings', { settings: { ...STATION_SETTINGS, printer: 'Guichet-1' } })).ok).toBe(true);
      const visit = (await call<Visit>('startVisit', {})).value;
      const added = await call<{ applicantId: number }>('addApplicant', { reference: visit.reference, answers: { titles: ['cni'] } });
      const applicantId = added.value.applicantId;
      const free = fill(disk);

      // Answers typed one after the other; each acknowledged one is on disk, the first refused one says why.
      let acknowledged: Answers = { titles: ['cni'] };
      let refused: { code: string; message: string } | null = null;
      let typed: Answers = acknowledged;
      for (let year = 1950; year < 2000 && !refused; year += 1) {
        typed = { titles: ['cni'], birthDate: `${year}-01-01`, residence: 'own' };
        const answer = await call('saveAnswers', { reference: visit.reference, applicantId, answers: typed });
        if (answer.ok) acknowledged = typed;
        else refused = answer.error;
      }
      expect(refused).toEqual({ code: 'disk-full', message: expect.stringMatching(/^Le disque de ce poste est plein\u00a0: /) });
      expect(refused!.message).toContain('Elle reste à l’écran');
      expect(services.store.pragma('integrity_check')).toBe('ok');
      expect(services.store.getVisit(visit.reference)!.applicants[0]!.answers).toMatchObject(acknowledged);

      // The receipt for lp goes through the temp folder: on the full disk too.
      const savedTmp = process.env['TMPDIR'];
      process.env['TMPDIR'] = disk;
      let printed: unknown;
      try {
        printed = await call('printReceipt', { reference: visit.reference });
      } finally {
        if (savedTmp === undefined) delete process.env['TMPDIR'];
        else process.env['TMPDIR'] = savedTmp;
      }
      expect(printed).toEqual({
        ok: false,
        error: { code: 'disk-full', message: expect.stringMatching(/^Le disque de ce poste est plein\u00a0: le reçu/) },
      });

      // Space is back: the same answer, sent again as the screen does, is stored; the database is whole.
      free();
      const again = await call<Visit>('saveAnswers', { reference: visit.reference, applicantId, answers: typed });
      expect(again.ok).toBe(true);
      expect(services.store.getVisit(visit.reference)!.applicants[0]!.answers).toMatchObject(typed);
      expect(services.store.pragma('integrity_check')).toBe('ok');
    } finally {
      await services.close();
    }
    const reopened = new Database(storeFile(dataDir), { readonly: true });
    expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
  });

  it.skipIf(REAL)('saving an answer (ENOSPC injected): the same code and message', async () => {
    // Not root here: the fs layer's error, as the store's would be, through the same dispatch.
    const dataDir = mkdtempSync(join(tmpdir(), 'dossier-complet-full-'));
    const services = openServices({
      dataDir,
      clock: fixedClock('2026-06-15T08:30:00Z'),
      pdf: sizedPdf,
      printer: new CupsPrinter(sizedPdf),
    });
    try {
      const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const handlers = {
        ...services.handlers,
        getToday: () => {
          throw full;
        },
      } as typeof services.handlers;
      expect(await dispatch(handlers, 'getToday', {})).toEqual({
        ok: false,
        error: { code: 'disk-full', message: expect.stringMatching(/^Le disque de ce poste est plein/) },
      });
    } finally {
      await services.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
