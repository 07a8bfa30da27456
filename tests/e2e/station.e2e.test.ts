// The counter station end to end: the real renderer in Debian's Chromium,
// on the browser host, the real services and a real SQLite file.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/services/clock.node.js';
import { dispatch } from '../../electron/services/api-handlers.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { apiPdfText } from '../support/api-pdf.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { overflowAtDoubleText } from './layout-checks.js';
import { axeViolations, screenshot, startStation, startStationForTest } from './station-harness.js';
import { StationPage } from './station-page.js';
import { tabTo } from './keyboard.js';

const clock = fixedClock('2026-06-15T08:30:00Z');
const { browser, onCleanup } = useChromiumSession();

/** A station on a new folder; or again on the folder of an earlier `open`, whose clean-up already removes it. */
async function open(settings = STATION_SETTINGS, again?: string) {
  const { station, dataDir } = again
    ? { station: await startStation(again, clock, settings), dataDir: again }
    : await startStationForTest(onCleanup, 'station-', clock, settings);
  if (again) onCleanup(() => station.stop());
  const page: Page = await browser().newPage({ viewport: { width: 1366, height: 900 } });
  onCleanup(() => page.close());
  failOnPageErrors(page, onCleanup);
  await page.goto(station.host.launchUrl());
  return { station, page, ui: new StationPage(page), dataDir };
}

describe.skipIf(NO_CHROMIUM)('counter station in Chromium', () => {
  it('asks for the settings on first start, then shows the station', async () => {
    const { page } = await open(null as never);
    await page.getByRole('heading', { name: 'Première mise en route du poste' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'station-01-first-start');
    await page.getByLabel('Nom de la mairie').fill('Mairie de Cayenne');
    await page.getByLabel('Conservation des visites').fill('30');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    // Every error at once, each beside its field, the focus on the first.
    await page.getByRole('alert').filter({ hasText: '3 champs sont à corriger' }).waitFor();
    const address = page.getByLabel('Adresse de la mairie');
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('setting-address');
    await expect.poll(() => address.evaluate((el) => (el as HTMLInputElement).labels![0]!.textContent)).toContain('(obligatoire)');
    expect(await page.locator('#setting-address-error').textContent()).toBe('Indiquez l’adresse de la mairie (300 caractères au plus).');
    expect(await page.locator('#setting-departement-error').textContent()).toBe('Choisissez le département de la mairie.');
    expect(await page.locator('#setting-retentionDays-error').textContent()).toBe('Indiquez un nombre de jours entre 1 et 14.');
    expect(await page.getByLabel('Nom de la mairie').getAttribute('aria-invalid')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'station-01b-settings-errors');
    await address.fill('Place Léopold Héder, 97300 Cayenne');
    await page.getByLabel('Conservation des visites').fill('14');
    await page.getByLabel('Département').selectOption({ label: '973 – Guyane' });
    await page.getByText('Recours : Cert de Guyane').waitFor();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { name: 'Accueil du guichet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowAtDoubleText(page)).toEqual([]);
    await screenshot(page, 'station-02-home');
  });

  it('(a) an adult passport renewal with every piece presented ends "dossier complet"', async () => {
    const { page, ui, station } = await open();
    const reference = await ui.startVisit();
    // Nothing settled yet: the fee and the minor's block each say « à déterminer » and what they wait on.
    await page.locator('.summary div.fee[data-fee="pending"]').waitFor();
    expect(await page.locator('.summary div.fee[data-fee="pending"] .waiting').textContent()).toContain('Titres demandés');
    await ui.addApplicant(['passport']);
    await page.locator('.summary li[data-fee-title="passport"][data-fee="pending"]').waitFor();
    expect(await page.locator('.summary div.minor[data-minor="pending"] .waiting').textContent()).toContain(
      'Date de naissance du demandeur',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'station-02b-summary-pending');
    await ui.answerDate('Date de naissance du demandeur', '11/02/1975');
    await page.locator('.summary [data-minor="pending"]').waitFor({ state: 'detached' });
    await ui.choose('Passeport actuel', 'En sa possession (valide ou expiré)');
    await ui.answerDate('Date d’expiration du passeport', '01/03/2026');
    await ui.choose('Pré-demande faite en ligne ?', 'Oui');
    // Justif'Adresse is asked only for one's own address (rules of 2026-11-24).
    await ui.choose('Domicile', 'À son adresse');
    await ui.choose('Adresse vérifiée en ligne (Justif’Adresse) lors de la pré-demande ?', 'Non');
    await ui.choose('Nom d’usage pas encore sur un titre', 'Aucun');
    await ui.waitComplete();
    expect(await ui.pieceIds()).toEqual(['photo', 'proof-of-address', 'pre-application-number', 'tax-stamp', 'current-passport']);
    await page.locator('.summary ul.fee[data-fee="known"]').waitFor();
    expect(await ui.summaryText()).toContain('Timbre fiscal du passeport : 86 €');
    for (const piece of await ui.pieceIds()) await ui.mark(piece, 'Présentée');
    await page.getByText('Toutes les pièces à apporter sont présentées.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'station-03-checklist-complete');

    await page.getByRole('button', { name: 'Reçu : aperçu, impression ou PDF' }).click();
    const frame = page.frameLocator('iframe[title="Reçu à imprimer"]');
    await frame.getByRole('heading', { name: 'Dossier complet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'station-04-receipt-preview');
    await page.getByRole('button', { name: 'Fermer' }).click();

    const { text } = await apiPdfText(station.services.handlers, 'receiptPdf', { reference, paper: '80mm' });
    expect(text).toContain('Dossier complet');
    expect(text).not.toContain('À apporter');
  });

  it('works from the keyboard alone: Tab, arrows, Space and Enter, from the home screen to the receipt', async () => {
    const { page, ui } = await open();
    await page.getByRole('heading', { name: 'Accueil du guichet' }).waitFor();
    await tabTo(page, { label: 'Commencer une visite' });
    await page.keyboard.press('Enter');
    await page.locator('[data-reference]').waitFor();
    // The focus is already on the first question: the titles.
    await page.waitForFunction(
      () => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent === 'Titres demandés',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Passeport
    await tabTo(page, { label: 'Date de naissance du demandeur' });
    await page.keyboard.type('11/02/1975');
    await page.keyboard.press('Enter');
    await tabTo(page, { group: 'Passeport actuel' });
    await page.keyboard.press('Space'); // the first answer: in hand
    await tabTo(page, { label: 'Date d’expiration du passeport' });
    await page.keyboard.type('01/03/2026');
    await page.keyboard.press('Enter');
    await tabTo(page, { group: 'Pré-demande faite en ligne ?' });
    await page.keyboard.press('Space'); // Oui
    await tabTo(page, { group: 'Domicile' });
    await page.keyboard.press('Space');
    await tabTo(page, { group: 'Adresse vérifiée en ligne (Justif’Adresse) lors de la pré-demande ?' });
    await page.keyboard.press('ArrowRight'); // Non
    await tabTo(page, { group: 'Nom d’usage pas encore sur un titre' });
    await page.keyboard.press('Space');
    await ui.waitComplete();
    for (const piece of [
      'Photo d’identité récente et conforme',
      'Justificatif de domicile de moins d’un an',
      'Numéro de pré-demande en ligne (ou son QR code)',
      'Timbre fiscal de 86 € (passeport)',
      'Passeport actuel',
    ]) {
      await tabTo(page, { group: piece, label: 'À vérifier' });
      await page.keyboard.press('ArrowLeft'); // Manquante
      await page.keyboard.press('ArrowLeft'); // Présentée
    }
    await page.getByText('Toutes les pièces à apporter sont présentées.').waitFor();
    await tabTo(page, { label: 'Reçu : aperçu, impression ou PDF' });
    await page.keyboard.press('Enter');
    await page.frameLocator('iframe[title="Reçu à imprimer"]').getByRole('heading', { name: 'Dossier complet' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('(b) a family visit with two pieces missing prints exactly those, the fee and the signature rule', async () => {
    const { page, ui, station } = await open();
    const reference = await ui.startVisit();
    // The parent renews a CNI that expires in 3 months.
    await ui.addApplicant(['cni']);
    await ui.answerDate('Date de naissance du demandeur', '02/05/1984');
    await ui.choose('Carte d’identité actuelle', 'En sa possession (valide ou expirée)');
    await ui.answerDate('Date d’expiration imprimée sur la carte d’identité', '10/09/2026');
    await ui.choose('Pré-demande faite en ligne ?', 'Non');
    await ui.choose('Domicile', 'À son adresse');
    await ui.choose('Nom d’usage pas encore sur un titre', 'Aucun');
    await ui.waitComplete();
    for (const piece of ['photo', 'current-cni', 'application-form']) await ui.mark(piece, 'Présentée');
    await ui.mark('proof-of-address', 'Manquante');

    // The 12-year-old's first passport.
    await ui.addApplicant(['passport']);
    await ui.answerDate('Date de naissance du demandeur', '20/01/2014');
    await ui.choose('Passeport actuel', 'Aucun, jamais eu');
    await ui.choose('Carte d’identité actuelle', 'Aucune, jamais eue');
    await ui.choose('Autorité parentale', 'Parents ensemble');
    await ui.choose('Pré-demande faite en ligne ?', 'Non');
    await ui.choose('Domicile', 'À son adresse');
    await ui.choose('Nom d’usage pas encore sur un titre', 'Aucun');
    await ui.choose('Commune de naissance raccordée à COMEDEC (ou acte à Nantes) ?', 'Non');
    await ui.choose('L’acte de naissance prouve-t-il la nationalité française ?', 'Oui');
    await ui.waitComplete();
    expect(await ui.summaryText()).toContain('Présents au retrait : l’enfant et le parent (ou le tuteur)');
    for (const piece of ['photo', 'proof-of-address', 'parent-id', 'tax-stamp', 'application-form']) await ui.mark(piece, 'Présentée');
    await ui.mark('birth-certificate', 'Manquante');
    await page.getByText('1 pièce manquante.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowAtDoubleText(page)).toEqual([]);
    await screenshot(page, 'station-05-family-minor');
    // A mark shows before it is stored, and the receipt is read from the store: the saves go in order, so the last one stored is all.
    await expect.poll(() => station.services.store.getVisit(reference)!.applicants[1]!.checks['birth-certificate']).toBe('missing');

    const { text, widthPt } = await apiPdfText(station.services.handlers, 'receiptPdf', { reference, paper: '80mm' });
    expect(widthPt).toBeCloseTo((80 / 25.4) * 72, 0);
    const listed = [
      ...text.matchAll(
        /(Justificatif de domicile de moins d’un an|Acte de naissance de moins de 3 mois|Photo d’identité|Timbre fiscal de|Pièce d’identité du parent|Carte d’identité actuelle|Formulaire de demande)/g,
      ),
    ].map((m) => m[1]);
    expect(listed).toEqual(['Justificatif de domicile de moins d’un an', 'Acte de naissance de moins de 3 mois']);
    expect(text).toContain('Timbre fiscal du passeport : 17 € (présenté)');
    expect(text).toContain('Carte d’identité : gratuite');
    expect(text).toContain('Signature : le parent (ou le tuteur) signe');
    expect(text).toContain(reference);
  });

  it('(c) after a host restart, the visit resumes by its reference with every status', async () => {
    const first = await open();
    const reference = await first.ui.startVisit();
    await first.ui.addApplicant(['cni']);
    await first.ui.answerDate('Date de naissance du demandeur', '02/05/1984');
    await first.ui.choose('Carte d’identité actuelle', 'Perdu(e)');
    await first.ui.choose('Passeport actuel', 'Aucun, jamais eu');
    await first.ui.choose('Pré-demande faite en ligne ?', 'Non');
    await first.ui.choose('Domicile', 'Hébergé chez un tiers');
    await first.ui.choose('Nom d’usage pas encore sur un titre', 'Aucun');
    await first.ui.choose('Commune de naissance raccordée à COMEDEC (ou acte à Nantes) ?', 'Ne sait pas');
    await first.ui.choose('L’acte de naissance prouve-t-il la nationalité française ?', 'Oui');
    await first.ui.waitComplete();
    await first.ui.mark('photo', 'Présentée');
    await first.ui.mark('host-id', 'Manquante');
    await first.ui.mark('tax-stamp', 'Présentée');
    await first.page.getByText('1 pièce manquante. 3 pièces à vérifier.').waitFor();
    const before = await first.ui.pieceIds();
    // Stopped only once the last mark is stored (the saves go in order): the screen shows it before.
    await expect.poll(() => first.station.services.store.getVisit(reference)!.applicants[0]!.checks['tax-stamp']).toBe('presented');
    await first.station.stop();

    const again = await open(STATION_SETTINGS, first.dataDir);
    const resume = again.page.getByLabel('Référence imprimée sur le reçu (saisie ou lecture du QR code)');
    await resume.fill(reference.replace('-', '').toLowerCase()); // as a scanner or a hurried agent types it
    await resume.press('Enter');
    await again.page.locator(`[data-reference="${reference}"]`).waitFor();
    expect(await again.ui.pieceIds()).toEqual(before);
    const checked = async (piece: string, status: string) =>
      again.page.locator(`[data-piece="${piece}"]`).getByRole('radio', { name: status, exact: true }).isChecked();
    expect(await checked('photo', 'Présentée')).toBe(true);
    expect(await checked('host-id', 'Manquante')).toBe(true);
    expect(await checked('tax-stamp', 'Présentée')).toBe(true);
    expect(await checked('host-attestation', 'À vérifier')).toBe(true);
    expect(await again.page.locator('[data-piece="birth-certificate"]').textContent()).toContain('COMEDEC');
    expect(await again.ui.summaryText()).toContain('Timbre fiscal de la carte d’identité : 25 €');
    await screenshot(again.page, 'station-06-resumed');

    await again.page.getByRole('button', { name: 'Accueil' }).click();
    await again.page.getByRole('button', { name: new RegExp(`^${reference}`) }).waitFor();
  });

  it('(d) an impossible date is refused with a French message and nothing is saved', async () => {
    const { page, ui, station } = await open();
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.answerDate('Date de naissance du demandeur', '31/02/2020');
    await page.getByRole('alert').filter({ hasText: 'Cette date n’existe pas' }).waitFor();
    await ui.answerDate('Date de naissance du demandeur', '2020-02-10');
    await page.getByRole('alert').filter({ hasText: 'Écrivez la date sous la forme JJ/MM/AAAA' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'station-07-invalid-date');
    // The titles' save may still be on its way (a date saved would come after it).
    await expect.poll(() => station.services.store.getVisit(reference)!.applicants[0]!.answers).toEqual({ titles: ['cni'] });

    // The host refuses it too, whatever the page does.
    const envelope = await dispatch(station.services.handlers, 'saveAnswers', {
      reference,
      applicantId: 1,
      answers: { birthDate: '2020-02-31' },
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request', field: 'answers.birthDate' } });
    expect(station.services.store.getVisit(reference)!.applicants[0]!.answers).toEqual({ titles: ['cni'] });
  });

  it('refuses an API call without the launch token, or from another origin', async () => {
    const { station, page } = await open();
    const without = await fetch(`${station.host.url}api/getSettings`, { method: 'POST', body: '{}' });
    expect(without.status).toBe(403);
    const otherOrigin = await fetch(`${station.host.url}api/getSettings`, {
      method: 'POST',
      body: '{}',
      headers: { 'X-Api-Token': station.host.token, Origin: 'http://evil.example' },
    });
    expect(otherOrigin.status).toBe(403);
    const csp = (await page.request.get(station.host.url)).headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
});
