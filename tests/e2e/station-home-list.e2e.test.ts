// The home list in Chromium: each of today's visits says where it
// stands, and the screen asks for the whole list once (no visit read one by one).
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../electron/common/contract.js';
import { fixedClock } from '../../electron/services/clock.node.js';
import { dispatch } from '../../electron/services/api-handlers.node.js';
import { STATION_SETTINGS, PASSPORT_RENEWAL, PASSPORT_RENEWAL_PIECES } from '../support/fixtures.js';
import { NO_CHROMIUM } from '../support/needs.js';
import { failOnPageErrors, useChromiumSession } from './chromium-session.js';
import { axeViolations, startStationForTest } from './station-harness.js';

const { browser, onCleanup } = useChromiumSession();

describe.skipIf(NO_CHROMIUM)('home list in Chromium', () => {
  it("shows each visit's state from one listVisitStates call, without reading any visit", async () => {
    const { station } = await startStationForTest(onCleanup, 'station-home-', fixedClock('2026-06-15T08:30:00Z'), STATION_SETTINGS);
    const { handlers } = station.services;
    const call = async (method: string, request: unknown) => {
      const envelope = await dispatch(handlers, method, request);
      if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
      return envelope.value;
    };
    const visit = async (checks: Record<string, string> | null) => {
      const { reference } = (await call('startVisit', {})) as Visit;
      const { applicantId } = (await call('addApplicant', { reference, answers: checks ? PASSPORT_RENEWAL : { titles: ['cni'] } })) as {
        applicantId: number;
      };
      for (const [pieceId, status] of Object.entries(checks ?? {}))
        await call('setPieceStatus', { reference, applicantId, pieceId, status });
      return reference;
    };
    const expected = {
      [await visit(Object.fromEntries(PASSPORT_RENEWAL_PIECES.map((p) => [p, 'presented'])))]: 'Complet',
      [await visit({ photo: 'missing' })]: 'Pièces manquantes',
      [await visit({ photo: 'presented' })]: 'Pièces à vérifier',
      [await visit(null)]: 'Inachevé',
    };

    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    onCleanup(() => page.close());
    failOnPageErrors(page, onCleanup);
    const calls: string[] = [];
    page.on('request', (request) => {
      const method = /\/api\/(\w+)$/.exec(request.url())?.[1];
      if (method) calls.push(method);
    });
    await page.goto(station.host.launchUrl());
    const list = page.getByRole('region', { name: 'Visites du jour' }).getByRole('listitem');
    await expect.poll(() => list.count()).toBe(4);
    for (const [reference, state] of Object.entries(expected)) {
      await list.filter({ hasText: reference }).filter({ hasText: state }).waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);
    // The whole list, states included, in one call; settings aside, nothing else is asked to show it.
    expect(calls.filter((m) => m !== 'getSettings' && m !== 'getNotices')).toEqual(['listVisitStates']);
  });

  it("refuses a list whose state is not one of the contract's, saying so instead of showing it", async () => {
    const { station } = await startStationForTest(onCleanup, 'station-home-', fixedClock('2026-06-15T08:30:00Z'), STATION_SETTINGS);
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    onCleanup(() => page.close());
    // The host's answer altered on its way: a state the renderer does not know.
    await page.route('**/api/listVisitStates', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          ok: true,
          value: [{ reference: 'K7Q-4MZ', createdAt: '2026-06-15T08:00:00.000Z', applicants: 1, state: 'done' }],
        }),
      }),
    );
    await page.goto(station.host.launchUrl());
    await page.getByRole('alert').filter({ hasText: 'Réponse non conforme de l’application hôte (listVisitStates).' }).waitFor();
    expect(await page.getByText('K7Q-4MZ').count()).toBe(0);
  });
});
