// The kiosk's question of 2026-12-04 (`bothAddresses`), at the kiosk's size
// in every language it offers: asked only under an alternating residence, said
// as a choice (not a missing piece), and "No" gives a complete list with no
// custody piece and the note that one address will be on the title.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../electron/common/contract.js';
import { CATALOGS, LOCALES, type Locale } from '../../electron/common/messages/index.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { useChromiumSession } from './chromium-session.js';
import { KioskPage } from './kiosk-page.js';
import { axeViolations, screenshot, startStationForTest } from './station-harness.js';

const KIOSK: Settings = { ...STATION_SETTINGS, mode: 'kiosk', booking: 'https://rdv.thones.fr' };
const PORTRAIT = { width: 1080, height: 1920 } as const;
/** Words that tell a parent this is their choice, in each language: a new language does not compile without them. */
const A_CHOICE: Record<Locale, RegExp> = { fr: /C’est un choix/, en: /It is a choice/, ar: /هذا اختيار/ };
const { browser, onCleanup } = useChromiumSession();

/** A child with separated parents sharing the residence; keys are the engine's, values its own. */
const TRUTH: Record<string, string | boolean> = {
  birthDate: '2014-08-01',
  'currentPassport.status': 'none',
  'currentCni.status': 'none',
  parentalAuthority: 'separated',
  alternatingResidence: true,
  preApplication: false,
  residence: 'own',
  usageName: 'none',
  birthRecordDematerialized: true,
  nationalityProvenByBirthRecord: true,
};

/** Answers by touch until the kiosk asks `stop` (returned without answering) or shows the result (null). */
async function answerUntil(page: Page, stop: string): Promise<string | null> {
  for (;;) {
    const screen = page.locator('[data-question], [data-action="print"]').first();
    await screen.waitFor();
    const key = await screen.getAttribute('data-question');
    if (key === null || key === stop) return key;
    const value = TRUTH[key];
    if (value === undefined) throw new Error(`no answer for ${key}`);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [y, m, d] = value.split('-') as [string, string, string];
      for (const digit of `${d}${m}${y}`) await screen.locator('.keypad button', { hasText: new RegExp(`^${digit}$`) }).tap();
      await screen.locator('.keypad button.primary').tap();
    } else {
      await screen.locator(`button[data-value="${String(value)}"]`).tap();
    }
    await page.waitForFunction((asked) => document.querySelector('[data-question]')?.getAttribute('data-question') !== asked, key);
  }
}

describe.skipIf(NO_CHROMIUM)('kiosk, both addresses on the title (rules of 2026-12-04)', () => {
  it('asks it as a choice in every language; "No" lists no custody piece and says one address will be on the title', async () => {
    const { station } = await startStationForTest(onCleanup, 'kiosk-both-addresses-', fixedClock('2026-06-15T08:30:00Z'), KIOSK);
    const context = await browser().newContext({ viewport: PORTRAIT, hasTouch: true });
    onCleanup(() => context.close());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const kiosk = new KioskPage(page);
    await page.goto(station.host.launchUrl());

    for (const locale of LOCALES) {
      await page.getByRole('button', { name: CATALOGS[locale]['language.name'] }).tap();
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      await page.locator('[data-action="start"]').tap();
      await page.locator('[data-who="child"]').tap();
      await page.locator('[data-titles="passport"]').tap();
      expect(await answerUntil(page, 'bothAddresses'), locale).toBe('bothAddresses');

      const question = page.locator('[data-question="bothAddresses"]');
      const text = (await question.textContent()) ?? '';
      expect(text, locale).toMatch(A_CHOICE[locale]);
      expect(await question.locator('button[data-value]').evaluateAll((b) => b.map((x) => x.getAttribute('data-value')))).toEqual([
        'true',
        'false',
      ]);
      expect(await axeViolations(page), locale).toEqual([]);
      expect(await kiosk.smallTargets(), locale).toEqual([]);
      await screenshot(page, `kiosk-both-addresses-${locale}`);

      await question.locator('button[data-value="false"]').tap();
      expect(await answerUntil(page, 'bothAddresses'), locale).toBeNull();
      const result = page.locator('.result-person');
      const pieces = await result.locator('[data-piece]').evaluateAll((items) => items.map((i) => i.getAttribute('data-piece')));
      expect(pieces, locale).toContain('proof-of-address');
      expect(pieces, locale).not.toContain('custody-judgment');
      expect(await result.locator('[data-warning="one-address-on-title"]').count(), locale).toBe(1);
      await screenshot(page, `kiosk-both-addresses-${locale}-result`);
      // "Finish without printing" (the last action), then the goodbye screen's button: the session is erased.
      await page.locator('.actions button').last().tap();
      await page.locator('.goodbye [data-action="done"]').tap();
      await page.locator('[data-action="start"]').waitFor();
    }
    expect(errors).toEqual([]);
  }, 240_000);
});
