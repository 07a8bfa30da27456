// Six typical dossiers walked through the station as an agent would,
// each ending on its receipt read back with pdftotext; an unfinished visit's
// receipt; a failed print that offers the PDF; arrow keys through every radio
// group. Real browser host, real services, real SQLite, Debian's Chromium.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { explain } from '../../electron/common/messages/reasons.js';
import { describe, expect, it } from 'vitest';
import { evaluateAnswers } from '../../electron/common/applicant-evaluation.js';
import type { Settings } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { apiPdfText } from '../support/api-pdf.js';
import { pdfText } from '../support/pdf-text.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { axeViolations, startStationForTest } from './station-harness.js';
import { StationPage } from './station-page.js';

const clock = fixedClock('2026-06-15T08:30:00Z');
const { browser, onCleanup } = useChromiumSession();

async function open(settings: Settings = STATION_SETTINGS) {
  const { station } = await startStationForTest(onCleanup, 'station-', clock, settings);
  const page: Page = await browser().newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  onCleanup(() => page.close());
  failOnPageErrors(page, onCleanup);
  await page.goto(station.host.launchUrl());
  return { station, page, ui: new StationPage(page) };
}

const HOME = {
  'currentPassport.status': 'Aucun, jamais eu',
  preApplication: 'Non',
  residence: 'À son adresse',
  usageName: 'Aucun',
  birthRecordDematerialized: 'Oui',
  nationalityProvenByBirthRecord: 'Oui',
};

describe.skipIf(NO_CHROMIUM)('six dossiers at the counter', () => {
  it('1. an adult first CNI: "tout présenté", then a complete receipt, free', async () => {
    const { page, ui, station } = await open();
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.answerAll({
      ...HOME,
      birthDate: '02/04/1990',
      'currentCni.status': 'Aucune, jamais eue',
      preApplication: 'Oui',
      addressVerifiedOnline: 'Oui',
    });
    await ui.waitComplete();
    await page.getByRole('button', { name: 'Tout présenté' }).click();
    // The receipt opened at once, while the pieces' checks are still on their way to the host: its
    // preview waits for them, or it would show them « à vérifier » (a race this test lost under load).
    await page.getByRole('button', { name: 'Reçu : aperçu, impression ou PDF' }).click();
    await page.frameLocator('iframe[title="Reçu à imprimer"]').getByRole('heading', { name: 'Dossier complet' }).waitFor();
    await page.getByText('Toutes les pièces à apporter sont présentées.').waitFor();
    const { text } = await apiPdfText(station.services.handlers, 'receiptPdf', { reference });
    expect(text).toContain('Dossier complet');
    expect(text).toContain('Rien ne manque pour ce demandeur.');
    expect(text).toContain('Carte d’identité : gratuite');
    expect(text).toContain('Le titre est à retirer');
  });

  it('2. both titles expired: one stamp line per title, "les titres", missing apart from not yet checked', async () => {
    const { ui, station } = await open();
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni', 'passport']);
    await ui.answerAll({
      ...HOME,
      birthDate: '05/05/1970',
      'currentCni.status': 'En sa possession (valide ou expirée)',
      'currentCni.expiry': '01/01/2015',
      'currentPassport.status': 'En sa possession (valide ou expiré)',
      'currentPassport.expiry': '01/01/2020',
      'currentPassport.secure': 'Oui',
      'currentCni.format': 'Ancienne carte plastifiée',
    });
    await ui.waitComplete();
    await ui.mark('photo', 'Présentée');
    await ui.mark('proof-of-address', 'Manquante');
    expect(await ui.summaryText()).toContain('Timbre fiscal du passeport : 86 €');
    // The marks show before they are stored, and the receipt is read from the store (the saves go in order).
    await expect.poll(() => station.services.store.getVisit(reference)!.applicants[0]!.checks['proof-of-address']).toBe('missing');
    const { text } = await apiPdfText(station.services.handlers, 'receiptPdf', { reference });
    expect(text).toContain('Pièces manquantes');
    expect(text).toMatch(/À apporter \(pièce manquante\) Justificatif de domicile/);
    expect(text).toContain('À vérifier');
    expect(text.match(/Timbre fiscal du passeport : 86 €/g)).toHaveLength(1);
    expect(text).toContain('Les titres sont à retirer');
    expect(text).not.toMatch(/rien ne manque/i);
  });

  it('3. a stolen CNI and a hosted person: the three host pieces and the theft declaration', async () => {
    const { ui, station } = await open();
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.answerAll({ ...HOME, birthDate: '12/09/1988', 'currentCni.status': 'Volé(e)', residence: 'Hébergé chez un tiers' });
    await ui.waitComplete();
    expect(await ui.pieceIds()).toEqual(
      expect.arrayContaining(['host-proof-of-address', 'host-id', 'host-attestation', 'theft-declaration', 'tax-stamp']),
    );
    expect(await ui.summaryText()).toContain('Timbre fiscal de la carte d’identité : 25 €');
    const { text } = await apiPdfText(station.services.handlers, 'receiptPdf', { reference });
    expect(text).toContain('Attestation d’hébergement');
    expect(text).toContain('Déclaration de vol');
    expect(text).toContain('Timbre fiscal de la carte d’identité : 25 € (à vérifier)');
  });

  it('4. a 12-year-old with separated parents: the minor block, the court decision, the signature rule', async () => {
    const { page, ui, station } = await open();
    const reference = await ui.startVisit();
    await ui.addApplicant(['passport']);
    // Alternating residence with both addresses on the title (rules of 2026-12-04): the convention or the judge's decision, and both parents' addresses.
    await ui.answerAll({
      ...HOME,
      birthDate: '10/01/2014',
      'currentCni.status': 'Aucune, jamais eue',
      parentalAuthority: 'Parents séparés ou divorcés',
      alternatingResidence: 'Oui',
      bothAddresses: 'Oui',
    });
    await ui.waitComplete();
    // The cases the rules do not decide (RULES.md §9) are named beside the questions they hide behind.
    expect(await page.getByText('hors de ce que l’application vérifie').count()).toBe(2);
    expect(await ui.summaryText()).toContain('Présents au retrait : l’enfant et le parent (ou le tuteur)');
    expect(await axeViolations(page)).toEqual([]);
    const { text } = await apiPdfText(station.services.handlers, 'receiptPdf', { reference });
    expect(text).toContain('Pour l’enfant');
    expect(text).toContain('Signature : le parent (ou le tuteur) signe');
    expect(text).toContain('Empreintes digitales : oui');
    expect(text).toContain('Timbre fiscal du passeport : 17 €'); // under 15
    expect(text).toContain('Convention des parents ou décision du juge fixant la résidence alternée');
  });

  it("5. a 17-year-old who turns 18 before retrieval: the retrieval line carries the engine's dates", async () => {
    const { ui, station } = await open();
    const reference = await ui.startVisit();
    await ui.addApplicant(['passport']);
    const answers = {
      ...HOME,
      birthDate: '01/08/2008',
      'currentCni.status': 'En sa possession (valide ou expirée)',
      'currentCni.expiry': '01/01/2030',
      'currentCni.format': 'Format carte bancaire (depuis 2021)',
      parentalAuthority: 'Parents ensemble',
    };
    await ui.answerAll(answers);
    await ui.waitComplete();
    const stored = station.services.store.getVisit(reference)!.applicants[0]!.answers;
    const result = evaluateAnswers(stored, '2026-06-15', '74');
    const warning = result.ok ? result.evaluation.warnings.find((w) => w.id === 'age-band-changes-before-retrieval') : undefined;
    expect(warning, 'the engine warns that the band changes before retrieval').toBeDefined();
    // The summary and the receipt read the reason catalog's sentence of the engine's id and values.
    const sentence = explain('fr', warning!, warning!.message).replace(/\s+/g, ' ');
    expect(sentence).toContain('18 ans');
    expect(await ui.summaryText()).toContain(sentence.slice(0, 40));
    const { text } = await apiPdfText(station.services.handlers, 'receiptPdf', { reference });
    // Printed with the retrieval line, right after it, not among the other warnings.
    const start = sentence.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(text).toMatch(new RegExp(`Au retrait : [^.]+\\. ${start}`));
  });

  it('6. Mayotte, the photo taken at the counter: no photo to bring, the CERT of La Réunion with its page', async () => {
    const { ui, station } = await open({
      ...STATION_SETTINGS,
      mairieName: 'Mairie de Mamoudzou',
      address: '1 place de la Mairie, 97600 Mamoudzou',
      departement: '976',
    });
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.answerAll({
      ...HOME,
      birthDate: '03/03/1985',
      'currentCni.status': 'En sa possession (valide ou expirée)',
      'currentCni.expiry': '01/01/2020',
      'currentCni.format': 'Ancienne carte plastifiée',
      photoAtCounter: 'Oui',
    });
    await ui.waitComplete();
    const { text } = await apiPdfText(station.services.handlers, 'receiptPdf', { reference });
    expect(text).not.toContain('Photo d’identité récente');
    expect(text).toContain('Cert de la Réunion');
    expect(text.replace(/\/ /g, '/')).toContain('lannuaire.service-public.fr/la-reunion/reunion/prefecture_region-97411-01');
  });
});

describe.skipIf(NO_CHROMIUM)('the receipt dialog', () => {
  it('an unfinished visit: the preview says so, the saved PDF has neither "gratuit" nor "rien ne manque"', async () => {
    const { page, ui } = await open();
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni']);
    await ui.answerDate('Date de naissance du demandeur', '02/04/1990');
    // The CNI's stamp waits on its own question only (issue 18.1).
    expect(await ui.summaryText()).toMatch(
      /Timbre fiscal de la carte d’identité : à déterminer\s*En attente de : Carte d['’]identité actuelle\./,
    );
    expect(await ui.summaryText()).not.toMatch(/gratuit/i);
    await page.getByRole('button', { name: 'Reçu : aperçu, impression ou PDF' }).click();
    await page.frameLocator('iframe[title="Reçu à imprimer"]').getByRole('heading', { name: 'Vérification inachevée' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Enregistrer en PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`recu-${reference}.pdf`);
    const { text } = pdfText(readFileSync((await download.path())!));
    expect(text).toContain('Vérification inachevée');
    expect(text).toContain('Carte d’identité actuelle');
    expect(text).not.toMatch(/gratuit/i);
    expect(text).not.toMatch(/rien ne manque/i);
    // Saved: the dialog closes by itself, the visit's own status line says where the file went, « Accueil » is at hand.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page
      .getByTestId('visit-status')
      .filter({ hasText: `Reçu enregistré en PDF (recu-${reference}.pdf), dans le dossier des téléchargements.` })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: 'Commencer une visite' }).waitFor();
  }, 120_000);

  it('a printer that fails says so and offers the PDF, which saves', async () => {
    const { page, ui } = await open({ ...STATION_SETTINGS, printer: 'Guichet-1' });
    const reference = await ui.startVisit();
    await ui.addApplicant(['cni']);
    await page.getByRole('button', { name: 'Reçu : aperçu, impression ou PDF' }).click();
    await page.getByRole('button', { name: 'Imprimer' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'L’impression sur Guichet-1 a échoué' })
      .filter({ hasText: 'enregistrez le reçu en PDF' })
      .waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Enregistrer en PDF');
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(pdfText(readFileSync((await download.path())!)).text).toContain(reference);
    await page.getByTestId('visit-status').filter({ hasText: 'Reçu enregistré en PDF' }).waitFor();
  }, 120_000);
});

describe.skipIf(NO_CHROMIUM)('answers kept while navigating', () => {
  it('arrow keys through every radio group, round and back, lose no answer', async () => {
    const { page, ui, station } = await open();
    const reference = await ui.startVisit();
    await ui.addApplicant(['passport']);
    await ui.answerAll({
      ...HOME,
      birthDate: '10/01/2014',
      'currentCni.status': 'En sa possession (valide ou expirée)',
      'currentCni.expiry': '01/01/2030',
      'currentCni.format': 'Format carte bancaire (depuis 2021)',
      parentalAuthority: 'Parents séparés ou divorcés',
      alternatingResidence: 'Non',
    });
    await ui.waitComplete();
    const stored = () => station.services.store.getVisit(reference)!.applicants[0]!.answers;
    const before = JSON.stringify(stored());
    let saves = 0;
    page.on('response', (r) => {
      if (r.url().endsWith('/api/saveAnswers')) saves += 1;
    });
    const groups = await page.locator('.question fieldset').count();
    expect(groups).toBeGreaterThan(5);
    for (let g = 0; g < groups; g++) {
      const group = page.locator('.question fieldset').nth(g);
      const radios = await group.getByRole('radio').count();
      if (radios === 0) continue; // the titles are checkboxes
      await group.getByRole('radio', { checked: true }).focus();
      const sent = saves + radios;
      for (let i = 0; i < radios; i++) await page.keyboard.press('ArrowRight');
      // Each arrow is one save, stored after it shows: until all have landed, the store still holds `before`.
      await expect.poll(() => saves).toBe(sent);
      // Back on the answer it started from: every later answer is there again, stored.
      await expect.poll(() => JSON.stringify(stored()), { timeout: 5000 }).toBe(before);
    }
    expect(await page.getByLabel('Date d’expiration imprimée sur la carte d’identité').inputValue()).toBe('01/01/2030');
  });
});
