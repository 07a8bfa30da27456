// The kiosk's window watchdog: follows Chromium's targets over the devtools
// pipe and applies decideWindows — closes any window but the kiosk's (a
// Ctrl+N sent while the page loads opens one, and no policy prevents it),
// and has the kiosk window started again if its page was closed or crashed
// (host-window.node.ts). Station mode has no watchdog: the agent may open
// the receipt's PDF in a window.
import type { CdpPipe } from './cdp-pipe.node.js';
import { decideWindows, type WatchedTarget, type WindowState } from './window-watch.node.js';

/** Where a closed window was, without its path or query (no personal data in logs). */
function where(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol;
  } catch {
    return 'no address yet'; // closed before its first address: the usual case
  }
}

export interface WatchdogOptions {
  /** The host's origin, `http://127.0.0.1:PORT`: the kiosk page is the window there. */
  origin: string;
  /** Starts the kiosk window again (called once: this watchdog's Chromium is then ended). */
  restart: () => void;
  log: (line: string) => void;
  /** How long Chromium may take to answer the first command before the host says the watchdog is off. */
  answerTimeoutMs?: number;
}

export function watchKioskWindows(pipe: CdpPipe, options: WatchdogOptions): void {
  const targets = new Map<string, WatchedTarget>();
  const state: WindowState = { kioskId: null, seen: false, restarting: false };
  const closing = new Set<string>();
  const log = (line: string) => options.log(`[kiosk-watch] ${line}`);

  const act = () => {
    // Chromium gone (ended by the host, or by itself): nothing is left to watch.
    if (pipe.closed) return;
    const decision = decideWindows([...targets.values()], state, options.origin);
    state.kioskId = decision.kioskId;
    state.seen ||= decision.kioskId !== null;
    if (decision.restart) {
      state.restarting = true;
      log('the kiosk page is gone (closed or crashed): starting its window again');
      options.restart();
    }
    for (const id of decision.close) {
      if (closing.has(id)) continue;
      closing.add(id);
      const address = where(targets.get(id)?.url ?? '');
      pipe
        .send('Target.closeTarget', { targetId: id })
        .then(() => log(`closed an extra window (${address})`))
        // Already gone (closed by its own hand, or Chromium ending): nothing left to do.
        .catch(() => closing.delete(id));
    }
  };

  const seen = ({ targetInfo }: Record<string, unknown>) => {
    const info = targetInfo as { targetId: string; type: string; url: string };
    const known = targets.get(info.targetId);
    targets.set(info.targetId, { id: info.targetId, type: info.type, url: info.url, crashed: known?.crashed });
    act();
  };
  pipe.on('Target.targetCreated', seen);
  pipe.on('Target.targetInfoChanged', seen);
  pipe.on('Target.targetDestroyed', ({ targetId }) => {
    targets.delete(targetId as string);
    closing.delete(targetId as string);
    act();
  });
  pipe.on('Target.targetCrashed', ({ targetId }) => {
    const target = targets.get(targetId as string);
    if (target) targets.set(target.id, { ...target, crashed: true });
    act();
  });

  // Sent at once: Chromium answers as soon as it reads its pipe, before the page has loaded.
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) log('Chromium does not answer on its devtools pipe: extra windows will not be closed');
  }, options.answerTimeoutMs ?? 15_000);
  timer.unref();
  pipe
    .send('Target.setDiscoverTargets', { discover: true })
    .then(() => (answered = true))
    .catch((error: unknown) => log(`cannot watch the kiosk's windows: ${String(error)}`));
}
