// The station laid out for the counter, at 1280×800 and 1920×1080: the page
// itself never scrolls on a visit, the questions and the checklist stand side
// by side, the summary stays in view however far the checklist scrolls.
// Screenshots of every station screen at both sizes, axe on each.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { breakableSpaces } from '../../electron/common/typography.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { useChromiumSession } from './chromium-session.js';
import { axeViolations, screenshot, startStation } from './station-harness.js';
import { StationPage } from './station-page.js';

const clock = fixedClock('2026-06-15T08:30:00Z');
const { browser, onCleanup } = useChromiumSession();
const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

async function open(width: number, height: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'station-'));
  const station = await startStation(dataDir, clock, STATION_SETTINGS);
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  onCleanup(() => station.stop());
  const page: Page = await browser().newPage({ viewport: { width, height } });
  onCleanup(() => page.close());
  await page.goto(station.host.launchUrl());
  return { page, ui: new StationPage(page) };
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe.skipIf(NO_CHROMIUM)("the station at the counter's screen sizes", () => {
  it.each(SIZES)(
    'at %i×%i: questions and checklist side by side, the summary always in view, every screen clean',
    async (width, height) => {
      const { page, ui } = await open(width, height);
      const size = `${width}x${height}`;
      await page.getByRole('heading', { name: 'Accueil du guichet' }).waitFor();
      await screenshot(page, `station-${size}-home`);

      // A hosted child with separated parents: one of the longest checklists.
      await ui.startVisit();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `station-${size}-visit-start`);
      await ui.addApplicant(['cni', 'passport']);
      await ui.answerAll({
        birthDate: '10/01/2014',
        'currentCni.status': 'Aucune, jamais eue',
        'currentPassport.status': 'Aucun, jamais eu',
        parentalAuthority: 'Parents séparés ou divorcés',
        alternatingResidence: 'Oui',
        bothAddresses: 'Oui',
        preApplication: 'Non',
        residence: 'Hébergé chez un tiers',
        usageName: "Nom de l'autre parent",
        birthRecordDematerialized: 'Non',
        nationalityProvenByBirthRecord: 'Ne sait pas',
      });
      await ui.waitComplete();

      const viewportHeight = await page.evaluate(() => window.innerHeight);
      expect(await page.evaluate(() => document.documentElement.scrollHeight), 'the page itself does not scroll').toBeLessThanOrEqual(
        viewportHeight,
      );
      // The columns, not the panels inside them: each column scrolls on its own.
      const questions = (await page.locator('.station-grid .column').nth(0).boundingBox())!;
      const pieces = (await page.locator('.station-grid .column').nth(1).boundingBox())!;
      expect(pieces.x, 'the checklist stands right of the questions').toBeGreaterThanOrEqual(questions.x + questions.width - 1);
      expect(Math.abs(pieces.y - questions.y)).toBeLessThan(5);

      // Down the checklist to its last piece: the summary has not moved.
      const before = await box(page, '.summary');
      await page.locator('[data-piece]').last().scrollIntoViewIfNeeded();
      const after = await box(page, '.summary');
      expect(after.y).toBe(before.y);
      expect(after.y).toBeGreaterThanOrEqual(0);
      expect(
        await page
          .locator('.summary .fee')
          .first()
          .boundingBox()
          .then((b) => b!.y + b!.height),
      ).toBeLessThanOrEqual(viewportHeight);
      // A piece's status badge never sits over its name: each line of the name's text keeps clear of the badge.
      const covered = await page.$$eval('[data-piece]', (items) =>
        items.flatMap((item) => {
          const badge = item.querySelector('.badge')!.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(item.querySelector('legend')!);
          const hit = [...range.getClientRects()].some(
            (r) => r.width > 0 && r.left < badge.right && r.right > badge.left && r.top < badge.bottom && r.bottom > badge.top,
          );
          return hit ? [item.getAttribute('data-piece')] : [];
        }),
      );
      expect(covered, 'pieces whose name runs under their badge').toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      // French typography on the screen too: no space that can break before : ; ! ? or inside « ».
      expect(breakableSpaces(await page.evaluate(() => document.body.textContent ?? ''))).toEqual([]);
      await screenshot(page, `station-${size}-visit-checklist`);

      await ui.addApplicant(['cni']);
      await page.getByRole('button', { name: 'Retirer ce demandeur' }).click();
      await page.getByRole('dialog', { name: 'Retirer le demandeur 2 ?' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `station-${size}-remove-applicant`);
      await page.getByRole('button', { name: 'Retirer le demandeur', exact: true }).click();
      await expect.poll(() => ui.tabs().count()).toBe(1);

      await page.getByRole('button', { name: 'Reçu : aperçu, impression ou PDF' }).click();
      await page.frameLocator('iframe[title="Reçu à imprimer"]').getByRole('heading').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `station-${size}-receipt`);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Accueil' }).click();
      await page.getByRole('listitem').filter({ hasText: 'Pièces à vérifier' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `station-${size}-home-with-visit`);

      await page.getByRole('button', { name: 'Paramètres' }).click();
      await page.getByRole('heading', { name: 'Paramètres du poste' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `station-${size}-settings`);
    },
  );

  it('tabs between applicants with the arrow keys, as ARIA tabs do', async () => {
    const { page, ui } = await open(1280, 800);
    await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.addApplicant(['passport']);
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Demandeur 1/);
    await page.keyboard.press('End');
    await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toMatch(/^Demandeur 2/);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
  });

  it('marks pieces with the P, M and V keys, the focus going on to the next piece', async () => {
    const { page, ui } = await open(1280, 800);
    await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.answerAll({
      birthDate: '12/09/1988',
      'currentCni.status': 'Volé(e)',
      'currentPassport.status': 'Aucun, jamais eu',
      preApplication: 'Non',
      residence: 'Hébergé chez un tiers',
      usageName: 'Aucun',
      birthRecordDematerialized: 'Oui',
      nationalityProvenByBirthRecord: 'Oui',
    });
    const [first, second, third] = await ui.pieceIds();
    await page.locator(`[data-piece="${first}"]`).getByRole('radio', { name: 'À vérifier', exact: true }).focus();
    await page.keyboard.press('p');
    await page.keyboard.press('m');
    await page.keyboard.press('v');
    const checked = (piece: string) => page.locator(`[data-piece="${piece}"] .badge`).textContent();
    await expect.poll(() => checked(first!)).toContain('Présentée');
    await expect.poll(() => checked(second!)).toContain('Manquante');
    await expect.poll(() => checked(third!)).toContain('À vérifier');
    await page.getByText('1 pièce manquante.').waitFor();
  });
});
