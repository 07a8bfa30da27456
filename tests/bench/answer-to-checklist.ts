// From a click on an answer to the checklist showing its consequence, timed
// in the station's page (Chromium): what the agent waits for after each
// answer. Shared by `--only station` and `--only checklist`.
import type { Page } from 'playwright-core';
import { launchChromium, startStation } from '../e2e/station-harness.js';
import { StationPage } from '../e2e/station-page.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../support/paths.js';
import { type Figures, percentile } from './figures.js';

/** An adult's lost CNI, answered up to « Domicile », which then flips between its two answers `rounds` times. */
export async function answerToChecklistLatencies(page: Page, rounds: number): Promise<{ reference: string; latencies: number[] }> {
  const ui = new StationPage(page);
  const reference = await ui.startVisit();
  await ui.addApplicant(['cni']);
  await ui.answerDate('Date de naissance du demandeur', '02/05/1984');
  await ui.choose('Carte d’identité actuelle', 'Perdu(e)');
  await ui.choose('Passeport actuel', 'Aucun, jamais eu');
  await ui.choose('Pré-demande faite en ligne ?', 'Non');
  await ui.choose('Domicile', 'À son adresse');
  const latencies: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const hosted = i % 2 === 0;
    latencies.push(
      await page.evaluate(async (toHosted) => {
        const group = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Domicile')!;
        const radio = [...group.querySelectorAll('label')]
          .find((l) => l.textContent === (toHosted ? 'Hébergé chez un tiers' : 'À son adresse'))!
          .querySelector('input')!;
        const expected = toHosted ? '[data-piece="host-id"]' : '[data-piece="proof-of-address"]';
        const t0 = performance.now();
        radio.click();
        while (!document.querySelector(expected)) await new Promise(requestAnimationFrame);
        return performance.now() - t0;
      }, hosted),
    );
  }
  return { reference, latencies };
}

/** `--only checklist`: the page's answer → checklist alone (no cold starts, no PDF), on the built renderer. */
export async function checklistBenchmark(): Promise<Figures> {
  execFileSync('npm', ['run', '-s', 'build:renderer'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-checklist-'));
  const station = await startStation(dataDir, fixedClock('2026-06-15T08:30:00Z'), STATION_SETTINGS);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(station.host.launchUrl());
    const latencies = (await answerToChecklistLatencies(page, 210)).latencies.slice(10);
    return {
      'checklist.answer_to_checklist_p50_ms': percentile(latencies, 50),
      'checklist.answer_to_checklist_p95_ms': percentile(latencies, 95),
    };
  } finally {
    await browser.close();
    await station.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
