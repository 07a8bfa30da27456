// The kiosk's screens in both orientations a lobby screen comes in and in
// every language it offers: axe-clean, 44 px targets, the content spread over
// the height with the answers in the lower half, and a screenshot of each.
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../electron/common/contract.js';
import { CATALOGS, LOCALES } from '../../electron/common/messages/index.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { useChromiumSession } from './chromium-session.js';
import { KioskPage } from './kiosk-page.js';
import { axeViolations, screenshot, startStationForTest } from './station-harness.js';

const KIOSK: Settings = { ...STATION_SETTINGS, mode: 'kiosk', booking: 'https://rdv.thones.fr' };
const ORIENTATIONS = { portrait: { width: 1080, height: 1920 }, landscape: { width: 1280, height: 1024 } } as const;
const { browser, onCleanup } = useChromiumSession();

describe.skipIf(NO_CHROMIUM)('kiosk layout in Chromium', () => {
  it.each(Object.keys(ORIENTATIONS) as (keyof typeof ORIENTATIONS)[])(
    'uses the whole %s screen in every language',
    async (orientation) => {
      const { station } = await startStationForTest(onCleanup, 'kiosk-layout-', fixedClock('2026-06-15T08:30:00Z'), KIOSK);
      const context = await browser().newContext({ viewport: ORIENTATIONS[orientation], hasTouch: true });
      onCleanup(() => context.close());
      const page = await context.newPage();
      const kiosk = new KioskPage(page);
      await page.goto(station.host.launchUrl());

      const check = async (name: string) => {
        expect(await axeViolations(page), name).toEqual([]);
        expect(await kiosk.smallTargets(), name).toEqual([]);
        // The answers (or the keypad, or the start button) end in the lower half of the screen.
        const bottom = await page.evaluate(() =>
          Math.max(
            ...[...document.querySelectorAll('.choices button, .keypad button, .welcome > .primary')].map(
              (b) => b.getBoundingClientRect().bottom,
            ),
          ),
        );
        expect(bottom, name).toBeGreaterThan(ORIENTATIONS[orientation].height / 2);
        await screenshot(page, `kiosk-layout-${orientation}-${name}`);
      };

      for (const locale of LOCALES) {
        await page.getByRole('button', { name: CATALOGS[locale]['language.name'] }).tap();
        await page.waitForFunction((l) => document.documentElement.lang === l, locale);
        await check(`${locale}-1-welcome`);
        await page.locator('[data-action="start"]').tap();
        await page.locator('[data-who="me"]').waitFor();
        await check(`${locale}-2-who`);
        await page.locator('[data-who="me"]').tap();
        await page.locator('[data-titles="passport"]').tap();
        await page.locator('.keypad').waitFor();
        await check(`${locale}-3-date`);
        for (const digit of '11021975') await page.locator('.keypad button', { hasText: new RegExp(`^${digit}$`) }).tap();
        await page.locator('.keypad button.primary').tap();
        await page.locator('[data-question="currentPassport.status"]').waitFor();
        await check(`${locale}-4-question`);
        // Back to the welcome screen for the next language, one screen at a time: the date again, the
        // titles, for whom, then the session is erased. Each tap waits for the screen it leads to.
        for (const next of ['.keypad', '[data-titles="passport"]', '[data-who="me"]', '[data-action="start"]']) {
          await page.locator('.kiosk-nav button').tap();
          await page.locator(next).waitFor();
        }
      }
    },
    240_000,
  );
});
