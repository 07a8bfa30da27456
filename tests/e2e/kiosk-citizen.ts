import type { Page } from 'playwright-core';
import type { Answers, Who } from '../../electron/common/contract.js';
import { CATALOGS, type Locale } from '../../electron/common/messages/index.js';

/** A person as the kiosk meets them: how they are spoken of, what they ask for, and the truth for any question. */
export interface CitizenPerson {
  who: Who;
  titles: ('cni' | 'passport')[];
  truth: Omit<Answers, 'titles'>;
}

export interface Citizen {
  name: string;
  locale?: Locale;
  people: CitizenPerson[];
}

const valueAt = (truth: object, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], truth);

/**
 * Walks a citizen through the kiosk by touch, answering whatever the engine
 * asks from the person's truth (by the engine's key and value, so in any
 * language), up to the result screen. Fails on a question the truth does not answer.
 */
export async function answerAtKiosk(page: Page, citizen: Citizen): Promise<void> {
  if (citizen.locale && citizen.locale !== 'fr') await page.getByRole('button', { name: CATALOGS[citizen.locale]['language.name'] }).tap();
  await page.locator('[data-action="start"]').tap();
  if (citizen.people.length > 1) await page.locator('[data-who="several"]').tap();
  for (const [index, person] of citizen.people.entries()) {
    if (index > 0) await page.locator('[data-action="add-person"]').tap();
    await page.locator(`[data-who="${person.who}"]`).tap();
    await page.locator(`[data-titles="${person.titles.join(',')}"]`).tap();
    for (;;) {
      const screen = page.locator('[data-question], [data-action="print"]').first();
      await screen.waitFor();
      const key = await screen.getAttribute('data-question');
      if (key === null) break;
      const value = valueAt(person.truth, key);
      if (value === undefined) throw new Error(`${citizen.name}: no answer for ${key}`);
      // The next screen is drawn before the answer is stored: wait for the host's answer too, so a caller
      // reading the store once the result shows reads every answer (a loaded machine read one short).
      const stored = page.waitForResponse((r) => r.url().endsWith('/api/saveAnswers'));
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        const [y, m, d] = value.split('-') as [string, string, string];
        for (const digit of `${d}${m}${y}`) await screen.locator('.keypad button', { hasText: new RegExp(`^${digit}$`) }).tap();
        await screen.locator('.keypad button.primary').tap();
      } else {
        await screen.locator(`button[data-value="${String(value)}"]`).tap();
      }
      await stored;
      await page.waitForFunction((asked) => document.querySelector('[data-question]')?.getAttribute('data-question') !== asked, key);
    }
  }
}
