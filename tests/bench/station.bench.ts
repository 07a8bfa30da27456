import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixedClock } from '../../electron/services/clock.node.js';
import { dispatch } from '../../electron/services/kiosk-service.node.js';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { launchChromium, startStation } from '../e2e/station-harness.js';
import { StationPage } from '../e2e/station-page.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { PROJECT_ROOT } from '../support/paths.js';
import type { Figures } from './figures.js';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

/** What `npm start` runs, built as it builds it: the renderer (Vite) and the browser host (esbuild), so a fresh checkout benches too. */
function build(): void {
  for (const script of ['build:renderer', 'build:host']) execFileSync('npm', ['run', '-s', script], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

/** `npm start`'s browser host as a new process (the built one: no TypeScript compiled at start), until the station's home screen is usable in Chromium. */
async function coldStart(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const store = SessionStore.open(join(dataDir, 'sessions.sqlite'));
  store.writeSettings(STATION_SETTINGS);
  store.close();
  const browser = await launchChromium();
  const page = await browser.newPage();
  const start = performance.now();
  const host = spawn(process.execPath, [join(PROJECT_ROOT, 'out/browser-host/main.mjs')], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DOSSIER_COMPLET_DATA: dataDir, NO_BROWSER: '1' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      host.stdout.on('data', (chunk: Buffer) => {
        const match = /Adresse : (http\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
      host.on('exit', (code) => reject(new Error(`browser host exited (${code})`)));
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'Commencer une visite' }).waitFor();
    return performance.now() - start;
  } finally {
    host.kill('SIGTERM');
    await browser.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function stationBenchmark(): Promise<Figures> {
  build();
  const cold = await coldStart();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-station-'));
  const station = await startStation(dataDir, fixedClock('2026-06-15T08:30:00Z'), STATION_SETTINGS);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(station.host.launchUrl());
    const ui = new StationPage(page);
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.answerDate('Date de naissance du demandeur', '02/05/1984');
    await ui.choose("Carte d'identité actuelle", 'Perdu(e)');
    await ui.choose('Passeport actuel', 'Aucun, jamais eu');
    await ui.choose('Pré-demande faite en ligne ?', 'Non');
    await ui.choose('Domicile', 'À son adresse');

    // From the click on an answer to the checklist showing its consequence, measured in the page.
    const latencies: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const hosted = i % 2 === 0;
      latencies.push(await page.evaluate(async (toHosted) => {
        const group = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Domicile')!;
        const radio = [...group.querySelectorAll('label')].find((l) => l.textContent === (toHosted ? 'Hébergé chez un tiers' : 'À son adresse'))!.querySelector('input')!;
        const expected = toHosted ? '[data-piece="host-id"]' : '[data-piece="proof-of-address"]';
        const t0 = performance.now();
        radio.click();
        while (!document.querySelector(expected)) await new Promise(requestAnimationFrame);
        return performance.now() - t0;
      }, hosted));
    }

    const pdfTimes: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const t0 = performance.now();
      const envelope = await dispatch(station.services.handlers, 'receiptPdf', { reference, paper: '80mm' });
      if (!envelope.ok) throw new Error(envelope.error.message);
      pdfTimes.push(performance.now() - t0);
    }
    return {
      'station.cold_start_ms': cold,
      'station.answer_to_checklist_p50_ms': percentile(latencies, 50),
      'station.answer_to_checklist_p95_ms': percentile(latencies, 95),
      'station.receipt_pdf_first_ms': pdfTimes[0]!,
      'station.receipt_pdf_p50_ms': percentile(pdfTimes.slice(1), 50),
      'station.receipt_pdf_p95_ms': percentile(pdfTimes.slice(1), 95),
    };
  } finally {
    await browser.close();
    await station.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
