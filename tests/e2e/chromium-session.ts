import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
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

/** Fails the test, at clean-up, on any script error or console error the page shows. */
export function failOnPageErrors(page: Page, onCleanup: (step: () => unknown) => void): void {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  onCleanup(() => expect(errors).toEqual([]));
}
