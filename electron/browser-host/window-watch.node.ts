// The kiosk's window rule, as a plain decision: given the targets Chromium
// reports, which windows to close and whether the kiosk window must be opened
// again. No Chromium policy stops a real Ctrl+N sent while the page loads
// (before its script blocks the chord), so the host closes what opens.

/** What the host knows of one of Chromium's targets (from `Target.targetCreated` / `targetInfoChanged` / `targetCrashed`). */
export interface WatchedTarget {
  id: string;
  type: string;
  url: string;
  crashed?: boolean;
}

export interface WindowState {
  /** The kiosk page's target, once seen; null before, and after it died. */
  kioskId: string | null;
  /** A kiosk page was seen once: before that, its `--app` window is still on its way. */
  seen: boolean;
  /** A new kiosk window was asked for (Chromium is started again): ask once. */
  restarting: boolean;
}

export interface WindowDecision {
  kioskId: string | null;
  /** Targets to close, in order. */
  close: string[];
  /**
   * Start the kiosk window again (a new Chromium, a fresh launch address): a
   * window Chromium would open itself, over the devtools pipe, is an ordinary
   * one, with tabs and an address bar, not the `--app` kiosk window.
   */
  restart: boolean;
}

/**
 * A window a person could see. Chromium's own toolbar pieces (the omnibox
 * popup, `chrome://*.top-chrome/`) are reported as pages too: they belong to
 * a window, closing them would not close one.
 */
export function isWindow(target: WatchedTarget): boolean {
  if (target.type !== 'page') return false;
  try {
    return !new URL(target.url).hostname.endsWith('.top-chrome');
  } catch {
    return true; // a page without a readable address ('' while it opens) is still a window
  }
}

const onOrigin = (url: string, origin: string) => url === origin || url.startsWith(`${origin}/`);

/**
 * The kiosk is the first live window on the host's own address (its
 * `--app` page, reported before any window a chord could open). Every other
 * window is closed, but only while a live kiosk exists (until then, Chromium
 * is on its way, or being started again). A kiosk that died (closed, or its
 * page crashed) has its window started again, once.
 */
export function decideWindows(targets: readonly WatchedTarget[], state: WindowState, origin: string): WindowDecision {
  const windows = targets.filter(isWindow);
  const alive = (id: string | null) => windows.some((t) => t.id === id && !t.crashed);
  let kioskId = alive(state.kioskId) ? state.kioskId : null;
  // A kiosk is adopted only before the first one is seen: later, a page on our address is an extra window.
  if (!state.seen) kioskId ??= windows.find((t) => !t.crashed && onOrigin(t.url, origin))?.id ?? null;
  if (kioskId === null) return { kioskId, close: [], restart: state.seen && !state.restarting };
  return { kioskId, close: windows.filter((t) => t.id !== kioskId).map((t) => t.id), restart: false };
}

/** Restarts this close together count as one kiosk that keeps dying. */
export const RESTART_MEMORY_MS = 60_000;
const MAX_RESTART_DELAY_MS = 30_000;

/**
 * How long to wait before starting the kiosk window again: at once the first
 * time, then 1 s, 2 s, 4 s… up to 30 s while it keeps dying within a minute,
 * so a page that crashes on every load does not spin the lobby machine's
 * processors (and its logs) for ever.
 */
export function restartDelayMs(previousRestarts: readonly number[], now: number): number {
  const recent = previousRestarts.filter((at) => now - at < RESTART_MEMORY_MS).length;
  return recent === 0 ? 0 : Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** (recent - 1));
}
