// The browser host's window: Debian's Chromium in app or kiosk mode, with
// its sandbox, in a private marked profile, and never outliving the host.
import { spawn, type ChildProcess } from 'node:child_process';
import { CHROMIUM_COMMON_ARGS, CHROMIUM_PATH } from '../services/receipt/chromium-pdf.node.js';

/**
 * Chromium's arguments for the window. Chromium refuses to run as root with
 * its sandbox: there, and only there, the window goes without it, and
 * `sandboxed` says so, for the host to tell the operator (a kiosk should run
 * under an ordinary account: see the README's kiosk set-up).
 */
export function windowArgs(options: { kiosk: boolean; launchUrl: string; profile: string; root: boolean; watch?: boolean }): {
  args: string[];
  sandboxed: boolean;
} {
  const app = `--app=${options.launchUrl}`;
  // The kiosk's window watchdog talks to Chromium on fds 3 and 4 (window-watchdog.node.ts): a pipe, no
  // port. Chromium would quit with its last window (a Ctrl+W before the page blocks it), and the host
  // with it: kept alive, it lets the watchdog see the kiosk gone and have its window started again.
  const watch = options.kiosk && options.watch !== false ? ['--remote-debugging-pipe', '--keep-alive-for-test'] : [];
  return {
    args: [
      ...(options.root ? ['--no-sandbox'] : []),
      ...CHROMIUM_COMMON_ARGS,
      `--user-data-dir=${options.profile}`,
      '--incognito',
      // A kiosk never uses the camera (only the station's 2D-Doc dialog does): any permission prompt is refused unseen.
      ...(options.kiosk ? ['--kiosk', '--disable-pinch', '--overscroll-history-navigation=0', '--deny-permission-prompts'] : []),
      ...watch,
      app,
    ],
    sandboxed: !options.root,
  };
}

/**
 * A shell that runs Chromium and watches the host: if the host dies (even by
 * SIGKILL, which leaves no time to clean up) Chromium is ended within a
 * second, so the kiosk screen never stays on a dead page. Ending the shell
 * (TERM) ends Chromium too, and the shell ends only once Chromium has (or
 * after 10 s, by KILL): its exit is the moment the profile is no longer
 * written, so the host can erase it. Exiting at once left Chromium writing
 * while the host erased, and the profile stayed (ENOTEMPTY, issue 20).
 * Chromium inherits the devtools pipe (fds 3 and 4) and the shell then closes
 * its own copies: when Chromium ends, the host sees the pipe close at once.
 */
const WATCHDOG = `host=$1; shift
"$@" & child=$!
exec 3>&- 4>&-
trap 'kill "$child" 2>/dev/null; n=0
while kill -0 "$child" 2>/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
kill -KILL "$child" 2>/dev/null; exit 0' TERM INT
while kill -0 "$host" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
kill "$child" 2>/dev/null; wait "$child"`;

/** Chromium's window; with `--remote-debugging-pipe` in `args`, its `stdio[3]` takes commands and `stdio[4]` gives answers. */
export function openWindow(args: string[], profile: string, hostPid = process.pid, command = CHROMIUM_PATH): ChildProcess {
  const pipe = args.includes('--remote-debugging-pipe');
  return spawn('/bin/sh', ['-c', WATCHDOG, 'dossier-complet-window', String(hostPid), command, ...args], {
    stdio: pipe ? ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] : 'ignore',
    // Crash dumps, if Chromium writes any despite --disable-breakpad, land in the profile erased on exit.
    env: { ...process.env, BREAKPAD_DUMP_LOCATION: profile },
  });
}
