// Issue 18, item 4: a machine becomes the lobby kiosk from the counter's own
// settings form. « Usage du poste → Borne » asks first, saying how to come
// back; confirmed, the stored mode is the kiosk's (the next launch opens the
// kiosk window) and the page shows the kiosk. Real browser host, real
// services, real SQLite; screenshots of the path at both sizes, committed.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { storeFile } from '../../electron/services/data-dir.node.js';
import { kioskAtLaunch, readStoredMode } from '../../electron/services/store/stored-mode.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { axeViolations, dialogsRemoved, startStationForTest } from './station-harness.js';

const { browser, onCleanup } = useChromiumSession();
const COMMITTED = join(PROJECT_ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(COMMITTED, { recursive: true });

describe.skipIf(NO_CHROMIUM)('the kiosk set up from the screen', () => {
  it.each([
    [1280, 800],
    [1920, 1080],
  ] as const)(
    'at %i×%i: « Borne » on the settings form, confirmed with the way back, makes the machine a kiosk',
    async (width, height) => {
      const { station, dataDir } = await startStationForTest(
        onCleanup,
        'kiosk-setup-',
        fixedClock('2026-06-15T08:30:00Z'),
        STATION_SETTINGS,
      );
      const page = await browser().newPage({ viewport: { width, height } });
      onCleanup(() => page.close());
      failOnPageErrors(page, onCleanup);
      await page.goto(station.host.launchUrl());
      const shot = (name: string) => page.screenshot({ path: join(COMMITTED, `kiosk-setup-${width}x${height}-${name}.png`) });

      await page.getByRole('button', { name: 'Paramètres' }).click();
      await page.getByRole('heading', { name: 'Paramètres du poste' }).waitFor();
      await page.getByRole('group', { name: 'Usage du poste' }).getByRole('radio', { name: 'Borne en libre-service (hall)' }).check();
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();

      const dialog = page.getByRole('dialog', { name: 'Faire de ce poste une borne en libre-service\u00a0?' });
      await dialog.waitFor();
      const text = ((await dialog.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(text).toContain('Relancez « npm start » pour l’ouvrir en plein écran');
      expect(text).toContain(
        'Pour revenir au guichet : au clavier de ce poste, tapez « npm run -s mode -- station », puis relancez « npm start ».',
      );
      expect(await axeViolations(page)).toEqual([]);
      await shot('1-confirm');

      // Escape keeps the counter: nothing stored.
      await page.keyboard.press('Escape');
      await dialogsRemoved(page);
      expect(readStoredMode(storeFile(dataDir))).toBe('station');
      // …and the form shows the counter again, not the refused choice.
      const modes = page.getByRole('group', { name: 'Usage du poste' });
      expect(await modes.getByRole('radio', { name: 'Guichet (agent)' }).isChecked()).toBe(true);
      await modes.getByRole('radio', { name: 'Borne en libre-service (hall)' }).check();

      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await dialog.getByRole('button', { name: 'Faire de ce poste une borne' }).click();
      // The page is the kiosk's now, and the next launch opens the kiosk window.
      await page
        .getByRole('button', { name: /Commencer|Start/ })
        .first()
        .waitFor();
      expect(station.services.store.readSettings()).toEqual({ ...STATION_SETTINGS, mode: 'kiosk' });
      expect(kioskAtLaunch(readStoredMode(storeFile(dataDir)), false)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await shot('2-kiosk');
      // The kiosk page cannot take its mode back.
      const refused = await page.evaluate(() =>
        fetch('/api/saveSettings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.json()),
      );
      expect(JSON.stringify(refused)).toContain('forbidden');
    },
    180_000,
  );
});
