// The kiosk's window rule as a table: which windows the host closes, and when
// it starts the kiosk window again.
import { describe, expect, it } from 'vitest';
import { decideWindows, restartDelayMs, type WatchedTarget, type WindowState } from '../../../electron/browser-host/window-watch.node.js';

const ORIGIN = 'http://127.0.0.1:4321';
const kioskPage = (id: string, path = '/', crashed = false): WatchedTarget => ({ id, type: 'page', url: `${ORIGIN}${path}`, crashed });
const page = (id: string, url: string): WatchedTarget => ({ id, type: 'page', url });
const START: WindowState = { kioskId: null, seen: false, restarting: false };
const UP: WindowState = { kioskId: 'K', seen: true, restarting: false };

const CASES: { name: string; targets: WatchedTarget[]; state: WindowState; expected: ReturnType<typeof decideWindows> }[] = [
  {
    name: 'nothing reported yet: wait for the --app window, open nothing',
    targets: [],
    state: START,
    expected: { kioskId: null, close: [], restart: false },
  },
  {
    name: 'the --app page at its launch address is the kiosk',
    targets: [kioskPage('K', '/launch/secret')],
    state: START,
    expected: { kioskId: 'K', close: [], restart: false },
  },
  {
    name: 'a Ctrl+N window while the page loads is closed',
    targets: [kioskPage('K', '/launch/secret'), page('N', 'chrome://newtab/')],
    state: START,
    expected: { kioskId: 'K', close: ['N'], restart: false },
  },
  {
    name: 'a new window still without an address is closed',
    targets: [kioskPage('K'), page('N', '')],
    state: UP,
    expected: { kioskId: 'K', close: ['N'], restart: false },
  },
  {
    name: 'a settings window is closed',
    targets: [kioskPage('K'), page('S', 'chrome://settings/clearBrowserData')],
    state: UP,
    expected: { kioskId: 'K', close: ['S'], restart: false },
  },
  {
    name: 'a second window on our own address is closed too',
    targets: [kioskPage('K'), kioskPage('P', '/')],
    state: UP,
    expected: { kioskId: 'K', close: ['P'], restart: false },
  },
  {
    name: 'several extra windows are all closed',
    targets: [page('A', 'about:blank'), kioskPage('K'), page('B', 'https://example.org/')],
    state: UP,
    expected: { kioskId: 'K', close: ['A', 'B'], restart: false },
  },
  {
    name: 'the kiosk stays the kiosk wherever it goes (a blocked address)',
    targets: [page('K', 'https://example.org/'), kioskPage('P')],
    state: UP,
    expected: { kioskId: 'K', close: ['P'], restart: false },
  },
  {
    name: 'Chromium’s toolbar pieces and non-page targets are not windows',
    targets: [
      kioskPage('K'),
      page('O', 'chrome://omnibox-popup.top-chrome/'),
      { id: 'W', type: 'service_worker', url: `${ORIGIN}/sw.js` },
      { id: 'U', type: 'browser_ui', url: 'chrome://tab-search.top-chrome/' },
      { id: 'I', type: 'iframe', url: 'about:blank' },
    ],
    state: UP,
    expected: { kioskId: 'K', close: [], restart: false },
  },
  {
    name: 'the kiosk closed: start its window again, close nothing (Chromium is replaced)',
    targets: [page('N', 'chrome://newtab/')],
    state: UP,
    expected: { kioskId: null, close: [], restart: true },
  },
  {
    name: 'the kiosk closed and nothing else: start its window again',
    targets: [],
    state: UP,
    expected: { kioskId: null, close: [], restart: true },
  },
  {
    name: 'the kiosk crashed: start its window again',
    targets: [kioskPage('K', '/', true), page('N', 'chrome://newtab/')],
    state: UP,
    expected: { kioskId: null, close: [], restart: true },
  },
  {
    name: 'already starting it again: do not ask twice',
    targets: [page('N', 'chrome://newtab/')],
    state: { kioskId: null, seen: true, restarting: true },
    expected: { kioskId: null, close: [], restart: false },
  },
  {
    name: 'once the kiosk died, another page on our address does not take its place',
    targets: [kioskPage('P')],
    state: { kioskId: null, seen: true, restarting: false },
    expected: { kioskId: null, close: [], restart: true },
  },
  {
    name: 'a crashed page on our address is never adopted as the kiosk',
    targets: [kioskPage('K', '/', true)],
    state: START,
    expected: { kioskId: null, close: [], restart: false },
  },
];

describe('the kiosk window watchdog’s decision', () => {
  it.each(CASES)('$name', ({ targets, state, expected }) => {
    expect(decideWindows(targets, state, ORIGIN)).toEqual(expected);
  });
  it('is not fooled by an address that only starts like ours', () => {
    expect(decideWindows([page('X', `${ORIGIN}0/`)], START, ORIGIN)).toEqual({ kioskId: null, close: [], restart: false });
  });
});

describe('how soon a kiosk window that keeps dying is started again', () => {
  const NOW = 1_000_000;
  it.each([
    ['the first time: at once', [], 0],
    ['once before, a second ago: 1 s', [NOW - 1000], 1000],
    ['twice within the minute: 2 s', [NOW - 5000, NOW - 1000], 2000],
    ['five times: 16 s', [1, 2, 3, 4, 5].map((n) => NOW - n * 1000), 16_000],
    ['six times and more: never more than 30 s', [1, 2, 3, 4, 5, 6, 7].map((n) => NOW - n * 1000), 30_000],
    ['just inside the minute (59.999 s ago): still counted', [NOW - 59_999], 1000],
    ['a minute ago to the millisecond: forgotten', [NOW - 60_000], 0],
    ['a minute and a millisecond ago: forgotten', [NOW - 60_001], 0],
  ])('%s', (_name, previous, expected) => {
    expect(restartDelayMs(previous, NOW)).toBe(expected);
  });
});
