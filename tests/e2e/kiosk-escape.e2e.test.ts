// Nobody escapes the lobby kiosk. Real X key events
// (xdotool) on the real kiosk window (Chromium --kiosk under Xvfb), with the
// project's policies in force: after each escape chord the only window is
// still the kiosk's, still on its page, and no task manager opened.
//
// It can fail, and did (2026-12-01): with the policies of the time, Ctrl+Shift+Delete
// opened a second window on chrome://settings/clearBrowserData (URLBlocklist "*" does
// not cover chrome:// pages; "chrome://*" then showed it blocked, but still in a new
// window), until the page blocked Ctrl+Shift+Delete too. Without the policies, the
// page's own blocking kept one window for Shift+Esc, Ctrl+N, Ctrl+Shift+N, Ctrl+T
// once its script ran; sent before it ran (first run), Shift+Esc/Ctrl+N opened one.
// No policy stops a Ctrl+N sent while the page loads: the host's window watchdog
// (electron/browser-host/window-watchdog.node.ts) closes that window, and the
// test without it shows the window staying.
import { afterEach, describe, expect, it } from 'vitest';
import { NO_CHROMIUM } from '../support/needs.js';
import { useTempDir } from '../support/temp-dir.js';
import { NO_X_KIOSK, startXKiosk, type XKiosk } from '../support/x-kiosk.js';

const tempDir = useTempDir();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Ctrl+W and Alt+F4 would close the window: the page blocks the first, and
// without a window manager Alt+F4 reaches Chromium as a plain key.
const CHORDS = [
  'shift+Escape',
  'ctrl+n',
  'ctrl+shift+n',
  'ctrl+t',
  'ctrl+w',
  'ctrl+shift+w',
  'alt+F4',
  'F11',
  'ctrl+l',
  'alt+d',
  'ctrl+shift+i',
  'ctrl+shift+j',
  'F12',
  'ctrl+u',
  'ctrl+o',
  'ctrl+s',
  'ctrl+p',
  'ctrl+h',
  'ctrl+j',
  'ctrl+shift+o',
  'ctrl+shift+Delete',
  'ctrl+shift+m',
  'alt+Left',
  'BackSpace',
  'F5',
  'ctrl+r',
  'ctrl+plus',
  'ctrl+minus',
  'alt+f',
  'alt+e',
  'F6',
  'F10',
  'ctrl+shift+b',
];
/** The chords that open a window, sent the moment the kiosk window maps: its page has not loaded, its script does not block them yet. */
const EARLY = ['ctrl+n', 'ctrl+shift+n', 'ctrl+t'];
const CLOSED = /^\[kiosk-watch\] closed an extra window/;

let kiosk: XKiosk | null = null;
afterEach(() => {
  kiosk?.stop();
  kiosk = null;
});

/**
 * Whether, within `timeoutMs`, the only window is the kiosk's (named by `title`, as large as
 * the first kiosk window: without a window manager, Xvfb's screen is not what "full screen"
 * gives), and it stays so for `holdMs`.
 */
async function aloneAndHolding(k: XKiosk, title: RegExp, size: string, timeoutMs: number, holdMs = 1500): Promise<boolean> {
  const alone = () => {
    const windows = k.windows();
    return windows.length === 1 && title.test(windows[0]!.name) && windows[0]!.size === size && k.hostAlive();
  };
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (!(await k.waitFor(alone, end - Date.now()))) return false;
    // A window opened by a chord may map late: the kiosk must stay alone for a while, not for an instant.
    if (!(await k.waitFor(() => !alone(), holdMs))) return true;
  }
  return false;
}

// The early-key tests send their keys while the page's own script, which blocks those keys once it
// runs, is held by the host (holdScripts): the window has its page's HTML, not its script. They used
// to race that script and, at load 20, lost three attempts in a row (issue 20, 2026-12-04): the test
// then proved only that the page blocks the keys, not what the watchdog is for.

// Every bound below is three times what an idle machine needs: at load 40 on two cores (issue 20) the
// kiosk's Chromium takes tens of seconds to map its window and load its page. Each still waits for a condition.
describe('the lobby kiosk under real X key events', () => {
  it.skipIf(NO_CHROMIUM || NO_X_KIOSK)(
    'closes the windows that chords open while the page loads, and the page still answers',
    async () => {
      kiosk = await startXKiosk(tempDir(), { policies: true, holdScripts: true });
      const { size } = await kiosk.scriptlessPage(75_000);
      for (const chord of EARLY) kiosk.key(chord);
      // The chords did open windows (this is no test of keys lost), and the host closed them, saying so.
      expect(await kiosk.waitFor(() => kiosk!.logs().some((line) => CLOSED.test(line)), 60_000), JSON.stringify(kiosk.logs())).toBe(true);
      expect(await aloneAndHolding(kiosk, /^Dossier complet$/, size, 60_000), JSON.stringify(kiosk.windows())).toBe(true);
      kiosk.releaseScripts();
      expect(await kiosk.pageAnswers(60_000)).toBe(true);
    },
    300_000,
  );

  it.skipIf(NO_CHROMIUM || NO_X_KIOSK)(
    'without the host’s window watchdog, the same chords leave a second window (what the watchdog is for)',
    async () => {
      kiosk = await startXKiosk(tempDir(), { policies: true, watch: false, holdScripts: true });
      await kiosk.scriptlessPage(75_000);
      for (const chord of EARLY) kiosk.key(chord);
      expect(await kiosk.waitFor(() => kiosk!.windows().length > 1, 60_000), JSON.stringify(kiosk.windows())).toBe(true);
      expect(kiosk.logs().filter((line) => line.startsWith('[kiosk-watch]'))).toEqual([]);
    },
    300_000,
  );

  it.skipIf(NO_CHROMIUM || NO_X_KIOSK)(
    'starts the kiosk window again when Ctrl+W closes it while it loads',
    async () => {
      kiosk = await startXKiosk(tempDir(), { policies: true, holdScripts: true });
      const { size } = await kiosk.scriptlessPage(75_000);
      kiosk.key('ctrl+w');
      const restarted = '[kiosk-watch] the kiosk page is gone (closed or crashed): starting its window again';
      expect(await kiosk.waitFor(() => kiosk!.logs().includes(restarted), 90_000), JSON.stringify(kiosk.logs())).toBe(true);
      kiosk.releaseScripts();
      // The same --app kiosk window (an ordinary Chromium window would be titled « … - Chromium », with tabs and an address bar).
      expect(await aloneAndHolding(kiosk, /^Dossier complet$/, size, 90_000), JSON.stringify(kiosk.windows())).toBe(true);
      expect(await kiosk.pageAnswers(60_000)).toBe(true);
      // The new window has a new profile; the old one is erased once its Chromium has ended.
      expect(await kiosk.waitFor(() => kiosk!.profiles().length === 1, 30_000), JSON.stringify(kiosk.profiles())).toBe(true);
    },
    420_000,
  );

  it.skipIf(NO_CHROMIUM || NO_X_KIOSK)(
    'starts the kiosk window again when its page crashes',
    async () => {
      kiosk = await startXKiosk(tempDir(), { policies: true });
      const { size } = await kiosk.firstWindow(30_000);
      expect(await kiosk.pageAnswers(90_000)).toBe(true);
      expect(kiosk.killRenderers()).toBeGreaterThan(0);
      expect(await kiosk.waitFor(() => kiosk!.logs().some((line) => line.includes('starting its window again')), 60_000)).toBe(true);
      expect(await aloneAndHolding(kiosk, /^Dossier complet$/, size, 90_000), JSON.stringify(kiosk.windows())).toBe(true);
      // A fresh page: a citizen can start again.
      expect(await kiosk.pageAnswers(60_000)).toBe(true);
    },
    420_000,
  );

  it.skipIf(NO_CHROMIUM || NO_X_KIOSK)(
    'starts the kiosk window again when its browser is killed',
    async () => {
      kiosk = await startXKiosk(tempDir(), { policies: true });
      const { size } = await kiosk.firstWindow(30_000);
      expect(await kiosk.pageAnswers(90_000)).toBe(true);
      expect(kiosk.killBrowser()).toBe(1);
      expect(await kiosk.waitFor(() => kiosk!.logs().some((line) => line.includes('the browser ended by itself')), 60_000)).toBe(true);
      expect(await aloneAndHolding(kiosk, /^Dossier complet$/, size, 90_000), JSON.stringify(kiosk.windows())).toBe(true);
      expect(kiosk.hostAlive()).toBe(true);
      expect(await kiosk.pageAnswers(60_000)).toBe(true);
    },
    420_000,
  );

  it.skipIf(NO_CHROMIUM || NO_X_KIOSK)(
    'keeps one window, on its page, whatever escape chord is pressed',
    async () => {
      kiosk = await startXKiosk(tempDir(), { policies: true });
      // Once the page answers its script blocks what the policies do not (Ctrl+W, Ctrl+Shift+Delete…).
      expect(await kiosk.pageAnswers(90_000)).toBe(true);
      const escaped: string[] = [];
      for (const chord of CHORDS) {
        kiosk.key(chord);
        await pause(400);
        const windows = kiosk.windows();
        if (windows.length !== 1 || windows[0]!.name !== 'Dossier complet' || !kiosk.hostAlive())
          escaped.push(`${chord} → ${JSON.stringify(windows)}`);
      }
      // A second look once everything had time to open (a task manager or new window can be slow).
      await pause(1500);
      expect({ escaped, windows: kiosk.windows().map((w) => w.name), hostAlive: kiosk.hostAlive() }).toEqual({
        escaped: [],
        windows: ['Dossier complet'],
        hostAlive: true,
      });
    },
    300_000,
  );
});
