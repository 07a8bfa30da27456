import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { NO_CHROMIUM } from '../support/needs.js';
import { launchChromium } from './station-harness.js';

/**
 * One Chromium for a test file, and a list of clean-up steps run after each
 * test, last registered first (pages before hosts before folders).
 */
export function useChromiumSession(): { browser: () => Browser; onCleanup: (step: () => Promise<unknown> | unknown) => void } {
  let browser: Browser | undefined;
  const steps: (() => Promise<unknown> | unknown)[] = [];
  beforeAll(async () => {
    if (!NO_CHROMIUM) browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    for (const step of steps.splice(0).reverse()) await step();
  });
  return { browser: () => browser!, onCleanup: (step) => steps.push(step) };
}
