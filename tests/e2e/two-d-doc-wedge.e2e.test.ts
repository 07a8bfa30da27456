// « Lire le 2D-Doc » at the station, through the keyboard-wedge path, in
// the three verdicts: the scanner types the code with GS and US as Ctrl
// chords and ends with Enter (real key events in Debian's Chromium, the
// real browser host and services, a trust bundle imported through the API).
// Valid: one more Enter ticks the piece « vérifié par 2D-Doc, émis le … ».
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, frenchDate } from '../../rules/index.js';
import { dispatch } from '../../electron/services/api-handlers.node.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { GS, US } from '../../electron/common/two-d-doc/format.js';
import { PASSPORT_RENEWAL, STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { CANARY_NAME, bundleText, makeAuthority, makeIssuer, signedCode } from '../support/two-d-doc-pki.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { axeViolations, dialogsRemoved, screenshot, startStationForTest } from './station-harness.js';

const today = new Date().toISOString().slice(0, 10);
const emittedOn = addDays(today, -60);
const { browser, onCleanup } = useChromiumSession();

/** Types a code as a wedge scanner set to send GS as Ctrl+] and US as Ctrl+_ does, then Enter. */
async function scan(page: Page, code: string): Promise<void> {
  for (const part of code.split(/([\u001d\u001f])/)) {
    if (part === GS) await page.keyboard.press('Control+BracketRight');
    else if (part === US) await page.keyboard.press('Control+Shift+Minus');
    else if (part) await page.keyboard.insertText(part);
  }
  await page.keyboard.press('Enter');
}

describe.skipIf(NO_CHROMIUM)('2D-Doc at the station, by the wedge scanner', () => {
  it('shows « signature valide » and ticks in one key, « document modifié ou faux », « signature non vérifiable »', async () => {
    const { station } = await startStationForTest(onCleanup, 'station-2d-doc-', fixedClock(`${today}T09:00:00Z`), STATION_SETTINGS);
    const ca = makeAuthority('FR98', 'P-256');
    const issuer = makeIssuer(ca, 'A001');
    const unlisted = makeIssuer(ca, 'A009');
    const handlers = station.services.handlers;
    expect(await dispatch(handlers, 'importTrustBundle', { text: bundleText(today, [ca], [[ca, issuer]]) })).toMatchObject({ ok: true });
    const started = await dispatch(handlers, 'startVisit', {});
    const reference = (started as { value: { reference: string } }).value.reference;
    await dispatch(handlers, 'addApplicant', { reference, answers: PASSPORT_RENEWAL });

    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    onCleanup(() => page.close());
    failOnPageErrors(page, onCleanup);
    await page.goto(station.host.launchUrl());
    const resume = page.getByLabel('Référence imprimée sur le reçu (saisie ou lecture du QR code)');
    await resume.fill(reference);
    await resume.press('Enter');
    const piece = page.locator('[data-piece="proof-of-address"]');
    await piece.waitFor();

    const dialog = page.getByRole('dialog');
    const read = async (code: string) => {
      await piece.getByRole('button', { name: 'Lire le 2D-Doc' }).click();
      await dialog.getByLabel('Contenu du code 2D-Doc').waitFor();
      await scan(page, code);
      await dialog.locator('[data-signature]').waitFor();
    };

    const good = signedCode({ authority: ca, issuer, emittedOn, signedOn: today });
    await read(good.replace('CANARIVILLE', 'CANARIVILLX'));
    expect(await dialog.locator('[data-verdict]').textContent()).toBe('document modifié ou faux');
    expect(await dialog.getByRole('button', { name: /Cocher la pièce/ }).count()).toBe(0);
    // Nothing to tick: the code stays selected, so the agent's next scan replaces it rather than landing after it.
    await scan(page, good);
    await dialog.locator('[data-verdict]', { hasText: 'signature valide' }).waitFor();
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    // Its close event comes a task later and drops the dialog: a « Lire le 2D-Doc » before it would be dropped with it.
    await dialogsRemoved(page);

    await read(signedCode({ authority: ca, issuer: unlisted, emittedOn, signedOn: today }));
    expect(await dialog.locator('[data-verdict]').textContent()).toBe('signature non vérifiable');
    expect(await dialog.textContent()).toContain('Le certificat A009 de l’autorité FR98 n’est pas dans la liste de confiance');
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialogsRemoved(page);

    await read(good);
    expect(await dialog.locator('[data-verdict]').textContent()).toBe('signature valide');
    expect(await dialog.locator('[data-age-text]').textContent()).toMatch(/^moins d’un an\u00a0: accepté/);
    expect(await dialog.textContent()).toContain(CANARY_NAME);
    expect(await dialog.textContent()).toContain('Facture (énergie, eau, téléphone ou internet)');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'station-2d-doc-valid');
    // The tick button holds the focus: one Enter ticks the piece.
    await page.keyboard.press('Enter');
    await dialogsRemoved(page);
    await piece.getByText(`vérifié par 2D-Doc, émis le ${frenchDate(emittedOn)}`).waitFor();
    expect(await piece.getByRole('radio', { name: 'Présentée', exact: true }).isChecked()).toBe(true);
    expect(await page.textContent('body')).not.toContain(CANARY_NAME);
  }, 90_000);
});
