// The kiosk's window rule as a table: which windows the host closes, and when
// it opens the kiosk page again.
import { describe, expect, it } from 'vitest';
import { decideWindows, type WatchedTarget, type WindowState } from '../../../electron/browser-host/window-watch.node.js';

const ORIGIN = 'http://127.0.0.1:4321';
const kioskPage = (id: string, path = '/', crashed = false): WatchedTarget => ({ id, type: 'page', url: `${ORIGIN}${path}`, crashed });
const page = (id: string, url: string): WatchedTarget => ({ id, type: 'page', url });
const START: WindowState = { kioskId: null, seen: false, opening: false };
const UP: WindowState = { kioskId: 'K', seen: true, opening: false };

const CASES: { name: string; targets: WatchedTarget[]; state: WindowState; expected: ReturnType<typeof decideWindows> }[] = [
  { name: 'nothing reported yet: wait for the --app window, open nothing', targets: [], state: START, expected: { kioskId: null, close: [], open: false } },
  { name: 'the --app page at its launch address is the kiosk', targets: [kioskPage('K', '/launch/secret')], state: START, expected: { kioskId: 'K', close: [], open: false } },
  { name: 'a Ctrl+N window while the page loads is closed', targets: [kioskPage('K', '/launch/secret'), page('N', 'chrome://newtab/')], state: START, expected: { kioskId: 'K', close: ['N'], open: false } },
  { name: 'a new window still without an address is closed', targets: [kioskPage('K'), page('N', '')], state: UP, expected: { kioskId: 'K', close: ['N'], open: false } },
  { name: 'a settings window is closed', targets: [kioskPage('K'), page('S', 'chrome://settings/clearBrowserData')], state: UP, expected: { kioskId: 'K', close: ['S'], open: false } },
  { name: 'a second window on our own address is closed too', targets: [kioskPage('K'), kioskPage('P', '/')], state: UP, expected: { kioskId: 'K', close: ['P'], open: false } },
  { name: 'several extra windows are all closed', targets: [page('A', 'about:blank'), kioskPage('K'), page('B', 'https://example.org/')], state: UP, expected: { kioskId: 'K', close: ['A', 'B'], open: false } },
  { name: 'the kiosk stays the kiosk wherever it goes (a blocked address)', targets: [page('K', 'https://example.org/'), kioskPage('P')], state: UP, expected: { kioskId: 'K', close: ['P'], open: false } },
  {
    name: 'Chromium’s toolbar pieces and non-page targets are not windows',
    targets: [kioskPage('K'), page('O', 'chrome://omnibox-popup.top-chrome/'), { id: 'W', type: 'service_worker', url: `${ORIGIN}/sw.js` }, { id: 'U', type: 'browser_ui', url: 'chrome://tab-search.top-chrome/' }, { id: 'I', type: 'iframe', url: 'about:blank' }],
    state: UP, expected: { kioskId: 'K', close: [], open: false },
  },
  { name: 'the kiosk closed: open it again, close nothing (Chromium’s last window)', targets: [page('N', 'chrome://newtab/')], state: UP, expected: { kioskId: null, close: [], open: true } },
  { name: 'the kiosk closed and nothing else: open it again', targets: [], state: UP, expected: { kioskId: null, close: [], open: true } },
  { name: 'already opening it: do not ask twice', targets: [page('N', 'chrome://newtab/')], state: { kioskId: null, seen: true, opening: true }, expected: { kioskId: null, close: [], open: false } },
  { name: 'the kiosk crashed: open it again, keep the crashed one until then', targets: [kioskPage('K', '/', true)], state: UP, expected: { kioskId: null, close: [], open: true } },
  { name: 'its replacement is up: the crashed page and any extra window are closed', targets: [kioskPage('K', '/', true), kioskPage('R', '/launch/new'), page('N', 'chrome://newtab/')], state: { kioskId: null, seen: true, opening: true }, expected: { kioskId: 'R', close: ['K', 'N'], open: false } },
  { name: 'a replacement adopted by id while it still loads is kept', targets: [kioskPage('K', '/', true), page('R', '')], state: { kioskId: 'R', seen: true, opening: false }, expected: { kioskId: 'R', close: ['K'], open: false } },
];

describe('the kiosk window watchdog’s decision', () => {
  it.each(CASES)('$name', ({ targets, state, expected }) => {
    expect(decideWindows(targets, state, ORIGIN)).toEqual(expected);
  });
  it('is not fooled by an address that only starts like ours', () => {
    expect(decideWindows([page('X', `${ORIGIN}0/`)], START, ORIGIN)).toEqual({ kioskId: null, close: [], open: false });
  });
});
