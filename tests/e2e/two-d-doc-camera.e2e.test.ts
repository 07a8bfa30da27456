// « Lire le 2D-Doc » at the station, through the camera path, in the three
// verdicts: a DataMatrix drawn by bwip-js from a test-signed 2D-Doc, turned
// into a still Y4M video, is what Chromium's fake webcam films; the page
// decodes it with zxing-wasm (its .wasm served by the app, no network) and
// the host verifies it as it does the scanner's. Valid: one Enter ticks the
// piece. Closing the dialog, or going back to the scanner, stops the camera.
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, frenchDate } from '../../rules/index.js';
import { dispatch } from '../../electron/services/api-handlers.node.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../electron/services/receipt/chromium-pdf.node.js';
import { PASSPORT_RENEWAL, STATION_SETTINGS } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { CANARY_NAME, bundleText, makeAuthority, makeIssuer, signedCode } from '../support/two-d-doc-pki.js';
import { stillCodeVideo } from '../support/two-d-doc-video.js';
import { useChromiumSession } from './chromium-session.js';
import { axeViolations, dialogsRemoved, screenshot, startStationForTest } from './station-harness.js';

const today = new Date().toISOString().slice(0, 10);
const emittedOn = addDays(today, -60);
const { onCleanup } = useChromiumSession();

/** Records every camera stream the page opens, so the test can see whether its tracks were stopped. */
const RECORD_STREAMS = `(() => {
  const streams = (window.__cameraStreams = []);
  const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await open(constraints);
    streams.push(stream);
    return stream;
  };
})();`;

function liveTracks(page: Page): Promise<{ opened: number; live: number; audio: number }> {
  return page.evaluate(() => {
    const streams = (window as unknown as { __cameraStreams: MediaStream[] }).__cameraStreams;
    const tracks = streams.flatMap((s) => s.getTracks());
    return {
      opened: streams.length,
      live: tracks.filter((t) => t.readyState === 'live').length,
      audio: tracks.filter((t) => t.kind === 'audio').length,
    };
  });
}

/** Which of the dialog's parts lie wholly in the window (and, for those in its scrolling body, in the body's view), and how far anything scrolled. */
function partsInView(page: Page) {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]')!;
    const body = dialog.querySelector('[data-two-d-doc-body]')!;
    const box = (el: Element) => el.getBoundingClientRect();
    const inWindow = (el: Element) => {
      const r = box(el);
      return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
    };
    const inBody = (el: Element) => inWindow(el) && box(el).top >= box(body).top && box(el).bottom <= box(body).bottom;
    const button = (name: RegExp) => [...dialog.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;
    return {
      title: inWindow(dialog.querySelector('h2')!),
      preview: inBody(dialog.querySelector('[data-camera-preview]')!),
      verdict: inBody(dialog.querySelector('.verdict')!),
      age: inBody(dialog.querySelector('[data-age-text]')!),
      tick: inWindow(button(/^Cocher/)),
      close: inWindow(button(/^Fermer$/)),
      scrolled: dialog.scrollTop + body.scrollTop + document.scrollingElement!.scrollTop,
    };
  });
}
const ALL_IN_VIEW = { title: true, preview: true, verdict: true, age: true, tick: true, close: true, scrolled: 0 };

describe.skipIf(NO_CHROMIUM)('2D-Doc at the station, by the camera', () => {
  it('reads a filmed DataMatrix into « signature valide », « document modifié ou faux », « signature non vérifiable »; the camera stops', async () => {
    const { station, dataDir } = await startStationForTest(
      onCleanup,
      'station-2d-doc-camera-',
      fixedClock(`${today}T09:00:00Z`),
      STATION_SETTINGS,
    );
    const ca = makeAuthority('FR98', 'P-256');
    const issuer = makeIssuer(ca, 'A001');
    const unlisted = makeIssuer(ca, 'A009');
    const handlers = station.services.handlers;
    expect(await dispatch(handlers, 'importTrustBundle', { text: bundleText(today, [ca], [[ca, issuer]]) })).toMatchObject({ ok: true });
    const started = await dispatch(handlers, 'startVisit', {});
    const reference = (started as { value: { reference: string } }).value.reference;
    await dispatch(handlers, 'addApplicant', { reference, answers: PASSPORT_RENEWAL });
    const good = signedCode({ authority: ca, issuer, emittedOn, signedOn: today });

    /** A Chromium whose webcam films `code`, on the visit's checklist, the 2D-Doc dialog open in camera mode. */
    const filming = async (code: string, name: string) => {
      const video = await stillCodeVideo(code, join(dataDir, `${name}.y4m`));
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
      });
      onCleanup(() => browser.close());
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.grantPermissions(['camera'], { origin: new URL(station.host.url).origin });
      await context.addInitScript(RECORD_STREAMS);
      const page = await context.newPage();
      const errors: string[] = [];
      const elsewhere: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('request', (r) => !r.url().startsWith(station.host.url) && elsewhere.push(r.url()));
      onCleanup(() => expect({ errors, elsewhere }).toEqual({ errors: [], elsewhere: [] }));
      await page.goto(station.host.launchUrl());
      const resume = page.getByLabel('Référence imprimée sur le reçu (saisie ou lecture du QR code)');
      await resume.fill(reference);
      await resume.press('Enter');
      const piece = page.locator('[data-piece="proof-of-address"]');
      await piece.getByRole('button', { name: 'Lire le 2D-Doc' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Contenu du code 2D-Doc').waitFor();
      // From the field, by the keyboard: Shift+Tab reaches « Utiliser la caméra ».
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await dialog.locator('[data-camera-preview]').waitFor();
      await dialog.locator('[data-signature]').waitFor({ timeout: 30_000 });
      return { page, dialog, piece };
    };

    const forged = await filming(good.replace('CANARIVILLE', 'CANARIVILLX'), 'forged');
    expect(await forged.dialog.locator('[data-verdict]').textContent()).toBe('document modifié ou faux');
    expect(await forged.dialog.getByRole('button', { name: /Cocher la pièce/ }).count()).toBe(0);
    expect(await liveTracks(forged.page)).toEqual({ opened: 1, live: 1, audio: 0 });
    // Back to the scanner: the camera is released at once.
    await forged.dialog.getByRole('button', { name: 'Utiliser le lecteur du guichet' }).click();
    await forged.dialog.getByLabel('Contenu du code 2D-Doc').waitFor();
    expect(await liveTracks(forged.page)).toEqual({ opened: 1, live: 0, audio: 0 });

    const unknown = await filming(signedCode({ authority: ca, issuer: unlisted, emittedOn, signedOn: today }), 'unknown');
    expect(await unknown.dialog.locator('[data-verdict]').textContent()).toBe('signature non vérifiable');
    expect(await unknown.dialog.textContent()).toContain('Le certificat A009 de l’autorité FR98 n’est pas dans la liste de confiance');
    // Closing the dialog stops every track.
    await unknown.dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialogsRemoved(unknown.page);
    expect(await liveTracks(unknown.page)).toEqual({ opened: 1, live: 0, audio: 0 });

    const valid = await filming(good, 'valid');
    expect(await valid.dialog.locator('[data-verdict]').textContent()).toBe('signature valide');
    expect(await valid.dialog.textContent()).toContain(CANARY_NAME);
    expect(await axeViolations(valid.page)).toEqual([]);
    // At 1280×800 as at 1920×1080: title, preview, verdict, age and actions all in view, nothing scrolled away.
    expect(await partsInView(valid.page)).toEqual(ALL_IN_VIEW);
    await screenshot(valid.page, 'station-2d-doc-camera-1280');
    await valid.page.setViewportSize({ width: 1920, height: 1080 });
    expect(await partsInView(valid.page)).toEqual(ALL_IN_VIEW);
    expect(await axeViolations(valid.page)).toEqual([]);
    await screenshot(valid.page, 'station-2d-doc-camera-1920');
    // The tick button holds the focus: one Enter ticks the piece, and the dialog's closing stops the camera.
    await valid.page.keyboard.press('Enter');
    await dialogsRemoved(valid.page);
    await valid.piece.getByText(`vérifié par 2D-Doc, émis le ${frenchDate(emittedOn)}`).waitFor();
    expect(await valid.piece.getByRole('radio', { name: 'Présentée', exact: true }).isChecked()).toBe(true);
    expect(await liveTracks(valid.page)).toEqual({ opened: 1, live: 0, audio: 0 });
    expect(await valid.page.textContent('body')).not.toContain(CANARY_NAME);
  }, 300_000);
});
