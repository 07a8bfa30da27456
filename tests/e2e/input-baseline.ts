import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/paths.js';

/**
 * Inputs from « Commencer une visite » to the saved PDF before the keyboard
 * defaults of issue 18 item 8, measured by `station-inputs.e2e.test.ts` on
 * main at 10931b7 (the same driver, the same counting; the radios'
 * `value` attribute the driver reads was the only change to the page).
 */
export const INPUT_BASELINE: Record<string, number> = {
  'adult-both-titles': 59,
  'adult-cni-theft-hosted': 55,
  'adult-passport-renewal': 60,
  'minor-alternating-residence': 62,
  'minor-cni-first-8': 56,
  'minor-passport-loss-16-guyane': 72,
};

/** Where the e2e test leaves the counts it measured, for the bench. */
export const INPUT_COUNTS_FILE = join(PROJECT_ROOT, 'tests', 'artifacts', 'input-counts.json');
