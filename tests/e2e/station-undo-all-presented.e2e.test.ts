// « Tout présenté » undone in one step, as the agent expects after a click
// too many: the line says how many pieces it ticked, Ctrl+Z or its button
// puts every check back (a piece marked missing stays missing), in the page
// and in the database; any other tick ends the offer. Keyboard only, axe-clean,
// a screenshot at the two counter sizes. Real browser host, SQLite, Chromium.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/api-handlers.node.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { axeViolations, screenshot, startStationForTest } from './station-harness.js';
import { StationPage } from './station-page.js';

const { browser, onCleanup } = useChromiumSession();

/** An adult's first card, without pre-application: five pieces to bring. */
const FIRST_CNI = {
  birthDate: '02/04/1990',
  'currentCni.status': 'Aucune, jamais eue',
  'currentPassport.status': 'Aucun, jamais eu',
  preApplication: 'Non',
  residence: 'À son adresse',
  usageName: 'Aucun',
  birthRecordDematerialized: 'Non',
  nationalityProvenByBirthRecord: 'Oui',
};

/** Each piece to bring with the check its row shows: presented, missing or unchecked. */
const shown = (page: Page) =>
  page
    .locator('.checklist > ul.pieces')
    .first()
    .locator('li.piece')
    .evaluateAll((items) => Object.fromEntries(items.map((i) => [i.getAttribute('data-piece'), /status-(\w+)/.exec(i.className)![1]])));

describe.skipIf(NO_CHROMIUM)('undoing « Tout présenté »', () => {
  it('puts back every check in one key, on the screen and in the database, and ends the offer on any other tick', async () => {
    const { station } = await startStationForTest(onCleanup, 'station-undo-', fixedClock('2026-06-15T08:30:00Z'), STATION_SETTINGS);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    onCleanup(() => page.close());
    failOnPageErrors(page, onCleanup);
    await page.goto(station.host.launchUrl());
    const ui = new StationPage(page);
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.answerAll(FIRST_CNI);
    await ui.waitComplete();

    const [first] = await ui.pieceIds();
    await ui.mark(first!, 'Manquante');
    await page.locator(`[data-piece="${first}"].status-missing`).waitFor();
    const before = await shown(page);
    expect(Object.values(before).filter((s) => s === 'unchecked').length).toBeGreaterThan(1);
    const ticked = Object.values(before).filter((s) => s !== 'presented').length;
    const stored = async () => {
      const envelope = await dispatch(station.services.handlers, 'getVisit', { reference });
      if (!envelope.ok) throw new Error(envelope.error.message);
      return (envelope.value as { applicants: { checks: Record<string, string> }[] }).applicants[0]!.checks;
    };
    // The row changes on screen before the host has stored it.
    const storedBefore = { [first!]: 'missing' };
    await expect.poll(stored).toEqual(storedBefore);

    // Ctrl+Z, from where « Tout présenté » leaves the focus (the receipt button).
    const allPresented = page.getByRole('button', { name: 'Tout présenté' });
    await allPresented.focus();
    await page.keyboard.press('Enter');
    const offer = page.locator('.undo');
    await offer.getByText(`${ticked} pièces marquées présentées par «\u00a0Tout présenté\u00a0».`).waitFor();
    await page.getByText('Toutes les pièces à apporter sont présentées.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'station-undo-all-presented-1280x800');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'station-undo-all-presented-1920x1080');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.press('Control+z');
    await offer.waitFor({ state: 'detached' });
    await expect.poll(() => shown(page)).toEqual(before);
    await expect.poll(stored).toEqual(storedBefore);

    // The button, reached by the keyboard: the focus goes back to « Tout présenté ».
    await allPresented.focus();
    await page.keyboard.press('Enter');
    await offer.waitFor();
    await page.getByRole('button', { name: 'Annuler (Ctrl+Z)' }).focus();
    await page.keyboard.press('Enter');
    await offer.waitFor({ state: 'detached' });
    await expect.poll(() => shown(page)).toEqual(before);
    await expect.poll(stored).toEqual(storedBefore);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-next'))).toBe('all-presented');

    // Another tick after « Tout présenté »: Ctrl+Z no longer goes back past it.
    await page.keyboard.press('Enter');
    await offer.waitFor();
    await ui.mark(first!, 'Manquante');
    await offer.waitFor({ state: 'detached' });
    const presented = async () => Object.values(await stored()).filter((s) => s === 'presented').length;
    await expect.poll(presented).toBe(ticked - 1); // « Tout présenté » and the mark, both stored
    await page.keyboard.press('Control+z');
    // Nothing to wait for when nothing happens: give an undo the time a save takes, then look.
    await page.waitForTimeout(500);
    expect(Object.values(await shown(page)).filter((s) => s === 'presented').length).toBe(ticked - 1);
    expect(await presented()).toBe(ticked - 1);
  }, 120_000);
});
