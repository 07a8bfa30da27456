// The station's first screen in Chromium: the page asks its settings before
// React draws, so a normal start draws the home at once, never the
// app's "Chargement…" screen first; a host slow to answer still gets that
// screen, then the home. The page's clock is Playwright's, held still: the
// loading screen's delay passes only when a test lets it, so what the page
// draws first does not depend on how loaded the machine is.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { startStationForTest } from './station-harness.js';

const { browser, onCleanup } = useChromiumSession();

/** Every text the page's root has shown, from before its script runs. */
const RECORD_TEXTS = `(() => {
  window.__texts = [];
  new MutationObserver(() => {
    const root = document.getElementById('root');
    if (root) window.__texts.push(root.innerText);
  }).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function openStation(): Promise<{ page: Page; launchUrl: string }> {
  const { station } = await startStationForTest(onCleanup, 'station-start-', fixedClock('2026-06-15T08:30:00Z'), STATION_SETTINGS);
  const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
  onCleanup(() => page.close());
  failOnPageErrors(page, onCleanup);
  await page.addInitScript(RECORD_TEXTS);
  // Installed, the clock still runs; paused, it moves only when a test says.
  await page.clock.install({ time: new Date('2026-06-15T08:30:00Z') });
  await page.clock.pauseAt(new Date('2026-06-15T08:30:01Z'));
  return { page, launchUrl: station.host.launchUrl() };
}

const shown = (page: Page) => page.evaluate(() => (window as unknown as { __texts: string[] }).__texts);
/** The app's own loading screen (the home list has its own "Chargement…" under the start button). */
const loadingScreen = (text: string) => text.includes('Chargement…') && !text.includes('Commencer une visite');

describe.skipIf(NO_CHROMIUM)('the station starts on its first screen', () => {
  it('draws the home first, with no loading screen before it', async () => {
    const { page, launchUrl } = await openStation();
    await page.goto(launchUrl);
    await page.getByRole('button', { name: 'Commencer une visite' }).waitFor();
    const texts = await shown(page);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some(loadingScreen)).toBe(false);
    expect(texts.find((text) => text.trim() !== '')).toContain('Commencer une visite');
  });

  it('shows its loading screen while a slow host answers, then the home', async () => {
    const { page, launchUrl } = await openStation();
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/getSettings', async (route) => {
      await answered;
      await route.continue();
    });
    await page.goto(launchUrl);
    // Nothing drawn while the host has not answered, until the loading screen's delay has passed.
    await page.clock.runFor(100);
    expect((await shown(page)).some(loadingScreen)).toBe(false);
    await page.clock.runFor(100);
    await page.getByText('Chargement…').waitFor();
    answer();
    await page.getByRole('button', { name: 'Commencer une visite' }).waitFor();
    const texts = await shown(page);
    const loading = texts.findIndex(loadingScreen);
    const home = texts.findIndex((text) => text.includes('Commencer une visite'));
    expect(loading).toBeGreaterThanOrEqual(0);
    expect(home).toBeGreaterThan(loading);
  });
});
