// The station laid out for the counter, at 1280×800 and 1920×1080, for a
// family of two (issue 18, item 6): the header's actions on the title's row,
// questions, pieces and summary side by side, no column scrolling on its own
// (the page scrolls as one), the summary in view however far the page goes.
// Screenshots of every station screen at both sizes, axe on each; the visit's
// at both sizes are also kept in tests/e2e/screenshots/ (committed, read).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { breakableSpaces } from '../../electron/common/typography.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { PROJECT_ROOT } from '../support/paths.js';
import { useChromiumSession } from './chromium-session.js';
import { axeViolations, screenshot, startStationForTest } from './station-harness.js';
import { StationPage } from './station-page.js';

const clock = fixedClock('2026-06-15T08:30:00Z');
const { browser, onCleanup } = useChromiumSession();
const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

async function open(width: number, height: number) {
  const { station } = await startStationForTest(onCleanup, 'station-', clock, STATION_SETTINGS);
  const page: Page = await browser().newPage({ viewport: { width, height } });
  onCleanup(() => page.close());
  await page.goto(station.host.launchUrl());
  return { page, ui: new StationPage(page) };
}

/** Screenshots read by a person and committed with this test (tests/artifacts/ is not). */
const COMMITTED = join(PROJECT_ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(COMMITTED, { recursive: true });

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe.skipIf(NO_CHROMIUM)("the station at the counter's screen sizes", () => {
  it.each(SIZES)(
    'at %i×%i: questions and checklist side by side, the summary always in view, every screen clean',
    async (width, height) => {
      const { page, ui } = await open(width, height);
      const size = `${width}x${height}`;
      await page.getByRole('heading', { name: 'Accueil du guichet' }).waitFor();
      await screenshot(page, `station-${size}-home`);

      // A family of two: a hosted child with separated parents (one of the longest checklists), then a parent.
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
        usageName: 'Nom de l’autre parent',
        birthRecordDematerialized: 'Non',
        nationalityProvenByBirthRecord: 'Ne sait pas',
      });
      await ui.waitComplete();
      await ui.addApplicant(['cni']);
      await ui.answerAll({
        birthDate: '05/05/1980',
        'currentCni.status': 'En sa possession (valide ou expirée)',
        'currentCni.expiry': '01/01/2020',
        'currentCni.format': 'Ancienne carte plastifiée',
        'currentPassport.status': 'Aucun, jamais eu',
        preApplication: 'Oui',
        addressVerifiedOnline: 'Oui',
        residence: 'À son adresse',
        usageName: 'Aucun',
        nameChanged: 'Non',
        birthRecordDematerialized: 'Oui',
        nationalityProvenByBirthRecord: 'Oui',
      });
      await ui.waitComplete();
      await ui.selectApplicant(/^Demandeur 1/);
      await page.locator('[data-piece]').first().waitFor();

      // The header: the actions on the title's row, on one line; the two tabs and « Ajouter » on the next.
      const title = await box(page, '.visit-header h1');
      const actions = await page
        .locator('.visit-header .actions button')
        .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
      for (const action of actions) {
        expect(action.top, 'each action on the title’s row').toBeLessThan(title.y + title.height);
        expect(action.bottom).toBeGreaterThan(title.y);
      }
      const tabs = await page.locator('.applicant-tabs button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
      expect(new Set(tabs.map(Math.round)).size, 'the tabs of a family of two and « Ajouter » on one row').toBe(1);

      // No column scrolls on its own: each shows all it holds, the page scrolls as one.
      const scrolling = await page.$$eval('.station-grid .column', (columns) =>
        columns.flatMap((c, i) => (c.scrollHeight > c.clientHeight + 1 ? [`column ${i + 1}: ${c.scrollHeight} > ${c.clientHeight}`] : [])),
      );
      expect(scrolling, 'columns that scroll on their own').toEqual([]);
      const viewportHeight = await page.evaluate(() => window.innerHeight);
      const questions = (await page.locator('.station-grid .column').nth(0).boundingBox())!;
      const pieces = (await page.locator('.station-grid .column').nth(1).boundingBox())!;
      expect(pieces.x, 'the checklist stands right of the questions').toBeGreaterThanOrEqual(questions.x + questions.width - 1);
      expect(Math.abs(pieces.y - questions.y)).toBeLessThan(5);

      // Down the page to the last piece: the summary is still in view, its fees whole.
      await page.locator('[data-piece]').last().scrollIntoViewIfNeeded();
      const summary = await box(page, '.summary');
      expect(summary.y).toBeGreaterThanOrEqual(0);
      expect(summary.y).toBeLessThan(viewportHeight / 2);
      expect(
        await page
          .locator('.summary .fee')
          .first()
          .boundingBox()
          .then((b) => b!.y + b!.height),
      ).toBeLessThanOrEqual(viewportHeight);
      await page.evaluate(() => window.scrollTo(0, 0));
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
      await page.screenshot({ path: join(COMMITTED, `station-${size}-family-of-two.png`), fullPage: false });
      await page.locator('[data-piece]').last().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(COMMITTED, `station-${size}-family-of-two-scrolled.png`), fullPage: false });

      await ui.selectApplicant(/^Demandeur 2/);
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
    240_000,
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
    // T: every piece to bring still unchecked is presented at once; the missing one stays missing.
    await page.keyboard.press('t');
    await expect.poll(() => page.locator('.checklist .pieces').first().locator('.badge.piece-unchecked').count()).toBe(0);
    await expect.poll(() => checked(second!)).toContain('Manquante');
    await expect.poll(() => checked(third!)).toContain('Présentée');
    await expect.poll(() => page.locator('.checklist .pieces').first().locator('.badge.piece-presented').count()).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});
