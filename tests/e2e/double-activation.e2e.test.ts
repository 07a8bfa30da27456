// A button that creates something, clicked or tapped twice while the host is
// still creating it (a double click at the counter, a double tap on the kiosk,
// a loaded machine): one visit, one applicant, never two. Each host call is
// held on its way until both activations are in, so the race is not left to
// the machine's speed; the route counts the calls the page made.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { KioskPage } from './kiosk-page.js';
import { StationPage } from './station-page.js';
import { startStationForTest } from './station-harness.js';

const KIOSK: Settings = { ...STATION_SETTINGS, mode: 'kiosk' };
const DAY = '2026-06-15';
const { browser, onCleanup } = useChromiumSession();

async function open(settings: Settings, touch: boolean) {
  const { station } = await startStationForTest(onCleanup, 'double-', fixedClock(`${DAY}T08:30:00Z`), settings);
  const context = await browser().newContext({ viewport: { width: 1280, height: 1024 }, hasTouch: touch });
  onCleanup(() => context.close());
  const page = await context.newPage();
  failOnPageErrors(page, onCleanup);
  await page.goto(station.host.launchUrl());
  return { station, page };
}

/** Holds every call of `method` until `release()`; `calls()` counts those the page made. */
async function hold(page: Page, method: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  await page.route(`**/api/${method}`, async (route) => {
    calls += 1;
    await held;
    await route.continue();
  });
  return { release, calls: () => calls };
}

describe.skipIf(NO_CHROMIUM)('a creating button activated twice while the host works', () => {
  it('at the counter: « Commencer une visite » and « Ajouter un demandeur » clicked twice create one each', async () => {
    const { station, page } = await open(STATION_SETTINGS, false);
    const ui = new StationPage(page);
    const start = await hold(page, 'startVisit');
    const newVisit = page.getByRole('button', { name: 'Commencer une visite' });
    await newVisit.click();
    await newVisit.click();
    start.release();
    await page.getByRole('tabpanel').waitFor();
    expect(start.calls()).toBe(1);
    expect(station.services.store.visitsOn(DAY)).toHaveLength(1);

    const add = await hold(page, 'addApplicant');
    const addButton = page.getByRole('button', { name: 'Ajouter un demandeur' });
    await addButton.click();
    await addButton.click();
    add.release();
    await expect.poll(() => ui.tabs().count()).toBe(2);
    expect(add.calls()).toBe(1);
    const [visit] = station.services.store.visitsOn(DAY);
    expect(station.services.store.getVisit(visit!.reference)!.applicants).toHaveLength(2);
  });

  it('on the kiosk: « Commencer » and a title tapped twice, and « Retour » meanwhile, give one visit and one person', async () => {
    const { station, page } = await open(KIOSK, true);
    const kiosk = new KioskPage(page);
    const start = await hold(page, 'startVisit');
    await kiosk.tap('Commencer');
    await kiosk.tap('Commencer');
    start.release();
    await kiosk.waitHeading('Pour qui faites-vous la démarche ?');
    expect(start.calls()).toBe(1);
    expect(station.services.store.visitsOn(DAY, 'kiosk')).toHaveLength(1);

    await kiosk.tap('Pour moi');
    const add = await hold(page, 'addApplicant');
    await kiosk.tap('Un passeport');
    await kiosk.tap('Un passeport');
    await kiosk.tap('Retour'); // ignored while the person is being stored: it would drop them on screen only
    add.release();
    await kiosk.waitHeading('Quelle est votre date de naissance ?');
    expect(add.calls()).toBe(1);
    expect(station.services.store.getVisit(kiosk.reference!)!.applicants).toHaveLength(1);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
