// How many inputs an agent needs, with the keyboard, from « Commencer une
// visite » to the saved PDF, for six worked dossiers (`tests/rules/examples/`).
// How inputs are counted: `input-count.ts` (each key press, each typed
// character and each click is one). The counts are written to
// tests/artifacts/input-counts.json, which `npm run bench -- --only inputs` prints.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { pdfText } from '../support/pdf-text.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { INPUT_BASELINE, INPUT_COUNTS_FILE } from './input-baseline.js';
import { walkToPdf, type Facts } from './input-count.js';
import { startStationForTest } from './station-harness.js';

const clock = fixedClock('2026-06-15T08:30:00Z');
const { browser, onCleanup } = useChromiumSession();

/** The station's département for each example's territory: the station asks no territory, it knows where it is. */
const DEPARTEMENT: Record<string, string> = { general: '74', guyane: '973', mayotte: '976', drom: '971' };

const measured: Record<string, number> = {};
afterAll(() => {
  mkdirSync(join(PROJECT_ROOT, 'tests', 'artifacts'), { recursive: true });
  // Merged with the counts already there: a run of one dossier (-t) keeps the others'.
  const before = existsSync(INPUT_COUNTS_FILE) ? (JSON.parse(readFileSync(INPUT_COUNTS_FILE, 'utf8')) as Record<string, number>) : {};
  writeFileSync(INPUT_COUNTS_FILE, `${JSON.stringify({ ...before, ...measured }, null, 2)}\n`);
});

describe.skipIf(NO_CHROMIUM)('inputs from « Commencer » to the PDF', () => {
  for (const [name, baseline] of Object.entries(INPUT_BASELINE)) {
    it(`${name}: at most two thirds of the ${baseline} inputs it took before`, async () => {
      const facts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests', 'rules', 'examples', `${name}.json`), 'utf8')) as { facts: Facts })
        .facts;
      // The date is the station's clock and the territory its département: neither is asked.
      const { territory, ...answers } = facts;
      delete answers.today;
      const settings: Settings = { ...STATION_SETTINGS, departement: DEPARTEMENT[territory as string]! };
      const { station } = await startStationForTest(onCleanup, 'station-inputs-', clock, settings);
      const page = await browser().newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      onCleanup(() => page.close());
      failOnPageErrors(page, onCleanup);
      await page.goto(station.host.launchUrl());

      const { inputs, pdf, opening } = await walkToPdf(page, answers);
      // No printer is configured here: « Enregistrer en PDF » is the primary action and has the focus.
      expect(opening).toEqual({ focused: 'Enregistrer en PDF', primary: ['Enregistrer en PDF'] });
      measured[name] = inputs;
      console.log(`inputs ${name}: ${baseline} → ${inputs}`);
      expect(pdfText(pdf).text).toContain('Rien ne manque pour ce demandeur.');
      expect(inputs).toBeLessThanOrEqual(Math.floor((baseline * 2) / 3));
    });
  }
});
