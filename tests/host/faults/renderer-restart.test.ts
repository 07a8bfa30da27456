// The receipt renderer (a real headless Chromium) dies or hangs mid-print:
// it is ended and started again, the render tried once more; when that
// fails too, the agent is told, with « Enregistrer en PDF » offered.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api-handlers.node.js';
import { processesNaming } from '../../../electron/services/private-temp.node.js';
import { ChromiumPdfRenderer } from '../../../electron/services/receipt/chromium-pdf.node.js';
import { startTestHost } from '../browser-host/harness.js';
import { NO_CHROMIUM } from '../../support/needs.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const RECEIPT = '<!doctype html><html><body><p>Reçu</p></body></html>';

/** Signals every process of this renderer's Chromium (they all name its private profile). */
function signalChromium(renderer: ChromiumPdfRenderer, signal: NodeJS.Signals): number {
  const pids = processesNaming(renderer.profileDir!).filter((pid) => pid !== process.pid);
  for (const pid of pids) process.kill(pid, signal);
  return pids.length;
}

describe.skipIf(NO_CHROMIUM)('the receipt renderer dies or hangs mid-print', () => {
  it('killed (SIGKILL): restarted, and the receipt still comes out', async () => {
    const lines: string[] = [];
    const renderer = new ChromiumPdfRenderer({ log: (line) => lines.push(line) });
    try {
      await renderer.render(RECEIPT, '80mm');
      const before = renderer.profileDir;
      expect(signalChromium(renderer, 'SIGKILL')).toBeGreaterThan(0);
      const { pdf } = await renderer.render(RECEIPT, '80mm');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(renderer.profileDir).not.toBe(before); // a new Chromium, on a new profile
      expect(lines).toEqual([expect.stringMatching(/^\[pdf\] receipt renderer failed .*restarted/)]);
    } finally {
      await renderer.close();
    }
  }, 180_000);

  it('hung (SIGSTOP): ended after the render bound, restarted, and the receipt still comes out', async () => {
    const lines: string[] = [];
    const renderer = new ChromiumPdfRenderer({ renderTimeoutMs: 4000, log: (line) => lines.push(line) });
    const stopped = () => renderer.profileDir;
    try {
      await renderer.render(RECEIPT, '80mm');
      const hung = stopped()!;
      expect(signalChromium(renderer, 'SIGSTOP')).toBeGreaterThan(0);
      const { pdf } = await renderer.render(RECEIPT, '80mm');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(processesNaming(hung)).toEqual([]); // the stopped Chromium was ended, not left behind
      expect(lines[0]).toMatch(/longer than 4000 ms/);
    } finally {
      await renderer.close();
    }
  }, 180_000);
});

describe('a renderer that fails even once restarted', () => {
  it('answers renderer-failed in French, offering « Enregistrer en PDF », and the visit stays', async () => {
    const lines: string[] = [];
    // A "Chromium" that cannot start: both tries fail.
    const renderer = new ChromiumPdfRenderer({ executablePath: '/bin/false', log: (line) => lines.push(line) });
    const host = await startTestHost(tempDir(), undefined, {
      pdf: renderer,
      printer: { print: () => Promise.reject(new Error('unused')) },
    });
    try {
      const visit = await dispatch(host.handlers, 'startVisit', {});
      const reference = (visit as { value: { reference: string } }).value.reference;
      const answer = await dispatch(host.handlers, 'receiptPdf', { reference });
      expect(answer).toEqual({
        ok: false,
        error: { code: 'renderer-failed', message: expect.stringContaining('Enregistrer en PDF') },
      });
      expect(lines).toHaveLength(2);
      expect(host.store.getVisit(reference)).not.toBeNull();
    } finally {
      await host.stop();
      await renderer.close();
    }
  }, 60_000);
});
