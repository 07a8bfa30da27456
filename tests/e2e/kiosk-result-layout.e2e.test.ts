// The kiosk's result and goodbye screens in both orientations a lobby screen
// comes in and in every language it offers: axe-clean, 44 px targets, nothing
// sticking out of the page sideways or below its content, the reasons in
// the screen's language, and a screenshot of each to be read.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../electron/common/contract.js';
import { LOCALES, type Locale } from '../../electron/common/messages/index.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { standInLp } from '../support/stand-in-lp.js';
import { useChromiumSession } from './chromium-session.js';
import { answerAtKiosk, type Citizen } from './kiosk-citizen.js';
import { KioskPage } from './kiosk-page.js';
import { axeViolations, screenshot, startStationForTest } from './station-harness.js';

const KIOSK: Settings = { ...STATION_SETTINGS, mode: 'kiosk', booking: 'https://rdv.thones.fr', printer: 'Borne-hall' };
const ORIENTATIONS = { portrait: { width: 1080, height: 1920 }, landscape: { width: 1280, height: 1024 } } as const;
/** How each language says the proof of address is both parents': a new language does not compile without it. */
const BOTH_PARENTS: Record<Locale, RegExp> = { fr: /chacun des deux parents/, en: /each of the two parents/, ar: /كل واحد من الوالدين/ };
const { browser, onCleanup } = useChromiumSession();

/**
 * A parent whose child, living with separated parents in turn, turns 12
 * before the last retrieval day: both parents' proofs of address, the
 * convention or decision, and two things to know.
 */
const citizen = (locale: Locale): Citizen => ({
  name: `alternating residence (${locale})`,
  locale,
  people: [
    {
      who: 'child',
      titles: ['passport'],
      truth: {
        birthDate: '2014-08-01',
        currentPassport: { status: 'none' },
        currentCni: { status: 'none' },
        parentalAuthority: 'separated',
        alternatingResidence: true,
        bothAddresses: true,
        preApplication: false,
        residence: 'own',
        usageName: 'none',
        birthRecordDematerialized: false,
        nationalityProvenByBirthRecord: true,
      },
    },
  ],
});

/** What overflows: the page sideways, anything past the body's box, or (when the screen is short) a page taller than the window. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const body = document.body;
    if (root.scrollWidth > window.innerWidth) problems.push(`sideways: ${root.scrollWidth} > ${window.innerWidth}`);
    if (body.scrollWidth > body.clientWidth) problems.push(`body sideways: ${body.scrollWidth} > ${body.clientWidth}`);
    // A word wider than its box (an address in a caption) runs over its neighbour without moving the page.
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (el.closest('svg') || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(
          `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 40)}" runs over: ${el.scrollWidth} > ${el.clientWidth}`,
        );
    }
    // The screens stretch to fill the window (min-heights, flex), never past it: the document is as tall
    // as the window, or as its content once those stretches are turned off, whichever is taller.
    const actual = root.scrollHeight;
    // Through the CSSOM: the page's CSP refuses a <style> element, rightly.
    const stretched = [...document.querySelectorAll<HTMLElement>('.kiosk, .kiosk main, .kiosk main > section, .kiosk .goodbye')];
    for (const el of stretched) {
      el.style.setProperty('min-height', '0', 'important');
      el.style.setProperty('flex', 'none', 'important');
    }
    const natural = root.scrollHeight;
    for (const el of stretched) el.removeAttribute('style');
    const needed = Math.max(window.innerHeight, natural);
    if (actual > needed) problems.push(`below: ${actual} > ${needed} (content ${natural}, window ${window.innerHeight})`);
    if (body.scrollHeight > body.clientHeight + 1) problems.push(`body below: ${body.scrollHeight} > ${body.clientHeight}`);
    return problems;
  });
}

describe.skipIf(NO_CHROMIUM)('kiosk result and goodbye layout in Chromium', () => {
  it.each(Object.keys(ORIENTATIONS) as (keyof typeof ORIENTATIONS)[])(
    '%s, in every language',
    async (orientation) => {
      const { station } = await startStationForTest(onCleanup, 'kiosk-result-', fixedClock('2026-06-15T08:30:00Z'), KIOSK, standInLp);
      const context = await browser().newContext({ viewport: ORIENTATIONS[orientation], hasTouch: true });
      onCleanup(() => context.close());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const kiosk = new KioskPage(page);
      await page.goto(station.host.launchUrl());

      const check = async (name: string) => {
        expect(await axeViolations(page), name).toEqual([]);
        expect(await kiosk.smallTargets(), name).toEqual([]);
        expect(await overflow(page), name).toEqual([]);
        await screenshot(page, `kiosk-${orientation}-${name}`);
      };

      for (const locale of LOCALES) {
        await page.locator('[data-action="start"]').waitFor();
        await answerAtKiosk(page, citizen(locale));
        await page.waitForFunction((l) => document.documentElement.lang === l, locale);
        const result = page.locator('.result-person');
        expect(await result.locator('[data-piece]').evaluateAll((items) => items.map((i) => i.getAttribute('data-piece')))).toEqual([
          'photo',
          'proof-of-address',
          'tax-stamp',
          'birth-certificate',
          'parent-id',
          'custody-judgment',
        ]);
        expect(await result.locator('[data-warning]').evaluateAll((items) => items.map((i) => i.getAttribute('data-warning')))).toEqual(
          expect.arrayContaining(['minor-travel-authorisation', 'age-band-changes-before-retrieval']),
        );
        // The reasons are the catalog's, in the screen's language: opened by touch.
        const why = result.locator('[data-piece="proof-of-address"] details.why');
        await why.locator('summary').tap();
        const text = await why.locator('p').textContent();
        expect(text, locale).toMatch(BOTH_PARENTS[locale]);
        await check(`${locale}-result`);
        await page.locator('[data-action="print"]').tap();
        await page.locator('.goodbye [data-action="done"]').waitFor();
        await check(`${locale}-goodbye`);
        await page.locator('.goodbye [data-action="done"]').tap();
      }
      expect(errors).toEqual([]);
    },
    300_000,
  );
});
