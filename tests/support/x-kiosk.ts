// The lobby kiosk as a citizen meets it: the browser host in kiosk mode, its
// real Chromium window on an Xvfb display, and (optionally) the project's
// Chromium policies in force. Debian's Chromium reads policies only from
// /etc/chromium/policies/managed/, so the host runs in a private mount
// namespace where a temporary /etc/chromium is bound over the real one:
// the other Chromiums of this machine (parallel tests) never see them.
// It returns as soon as the kiosk window maps, before its page has loaded:
// that is when a chord reaches Chromium before the page's script.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SessionStore } from '../../electron/services/store/session-store.node.js';
import { processesNaming } from '../../electron/services/private-temp.node.js';
import { STATION_SETTINGS } from './fixtures.js';
import { PROJECT_ROOT } from './paths.js';
import { NO_XVFB, startXvfb } from './xvfb.js';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Why the X kiosk cannot run here, or false. */
export const NO_X_KIOSK = NO_XVFB
  ? NO_XVFB
  : !has('xdotool')
    ? 'xdotool is not installed (bash .ci/install-system-packages installs it)'
    : process.getuid?.() !== 0
      ? 'binding the policies over /etc/chromium in a private mount namespace needs root'
      : !has('unshare')
        ? 'unshare (util-linux) is missing'
        : !existsSync(join(PROJECT_ROOT, 'out/renderer/index.html'))
          ? 'the renderer is not built (npm run build:renderer)'
          : false;

export interface XKiosk {
  display: string;
  /** Mapped, visible top-level Chromium windows, with their titles and sizes ("1280x800"). */
  windows(): { id: string; name: string; size: string }[];
  /** A real X key event (xdotool syntax, e.g. "shift+Escape"), sent to the kiosk window (focused first). */
  key(chord: string): void;
  hostAlive(): boolean;
  /** The host's output lines so far (stdout and stderr). */
  logs(): string[];
  /** Visits in the host's database: the kiosk page makes one when a citizen starts. */
  visits(): number;
  /**
   * Whether the page answers a citizen within `timeoutMs`: real keys (Tab and Enter, up to
   * « Commencer ») until the page has made a new visit in the database.
   */
  pageAnswers(timeoutMs: number): Promise<boolean>;
  /** The window's Chromium profiles in the host's temp folder (not the receipt renderer's). */
  profiles(): string[];
  /** Kills the renderer processes of the host's Chromium, as a crash would; how many. */
  /** SIGKILLs the kiosk's browser process (not its helpers); how many were killed. */
  killBrowser(): number;
  killRenderers(): number;
  /** Polls `check` every 100 ms until it holds or `timeoutMs` passes; whether it held. */
  waitFor(check: () => boolean, timeoutMs: number): Promise<boolean>;
  /** The first visible window, once there is one: Chromium may remap its window while it goes full screen. */
  firstWindow(timeoutMs: number): Promise<{ id: string; name: string; size: string }>;
  /**
   * With `holdScripts`: the page's HTML is in (the window bears its title) while its script is held, so
   * nothing on the page can block a key yet. The window, as firstWindow gives it.
   */
  scriptlessPage(timeoutMs: number): Promise<{ id: string; name: string; size: string }>;
  /** With `holdScripts`: lets the host serve the page's scripts (to every window, now and later). */
  releaseScripts(): void;
  stop(): void;
}

const xdo = (display: string, args: string[]) =>
  spawnSync('xdotool', args, { env: { ...process.env, DISPLAY: display }, encoding: 'utf8', timeout: 5000 });

/**
 * `watch: false` starts the host without its window watchdog
 * (DOSSIER_COMPLET_WINDOW_WATCH=off), to show what it prevents. `holdScripts: true` has the host
 * hold the page's scripts until `releaseScripts()` (DOSSIER_COMPLET_HOLD_SCRIPTS), so a test can
 * send keys the page provably cannot block.
 */
export async function startXKiosk(root: string, options: { policies: boolean; watch?: boolean; holdScripts?: boolean }): Promise<XKiosk> {
  const tmp = join(root, 'tmp');
  const data = join(root, 'data');
  mkdirSync(tmp, { recursive: true });
  mkdirSync(data, { recursive: true, mode: 0o700 });
  const store = SessionStore.open(join(data, 'sessions.sqlite'));
  store.writeSettings({ ...STATION_SETTINGS, mode: 'kiosk' });
  store.close();

  // The namespace's /etc/chromium: the machine's own files, plus (or not) the policies
  // written by the project's own set-up command.
  const etc = join(root, 'etc-root');
  mkdirSync(join(etc, 'etc/chromium'), { recursive: true });
  if (existsSync('/etc/chromium')) cpSync('/etc/chromium', join(etc, 'etc/chromium'), { recursive: true });
  if (options.policies)
    execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/kiosk-setup.node.ts', '--root', etc], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
    });

  const scriptsReleased = join(root, 'scripts-released');
  const xvfb = await startXvfb();
  const { display } = xvfb;
  const script = `mount --bind "$1" /etc/chromium && shift && exec "$@"`;
  const host = spawn(
    'unshare',
    [
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      script,
      'x-kiosk',
      join(etc, 'etc/chromium'),
      process.execPath,
      '--import',
      'tsx',
      join(PROJECT_ROOT, 'electron/browser-host/main.node.ts'),
    ],
    {
      cwd: PROJECT_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DISPLAY: display,
        DOSSIER_COMPLET_DATA: data,
        TMPDIR: tmp,
        NO_BROWSER: '',
        DOSSIER_COMPLET_MODE: '',
        DOSSIER_COMPLET_WINDOW_WATCH: options.watch === false ? 'off' : '',
        DOSSIER_COMPLET_HOLD_SCRIPTS: options.holdScripts ? scriptsReleased : '',
      },
    },
  );
  const lines: string[] = [];
  for (const stream of [host.stdout!, host.stderr!])
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  const profile = `--user-data-dir=${tmp}/dossier-complet-tmp-chromium-`;
  /**
   * SIGKILLs the window's Chromium processes whose command line `which`
   * picks, as a crash would; how many. The receipt renderer's profile
   * (`chromium-pdf-…`) starts with the same name: it is not the window's.
   */
  const killWindowProcesses = (which: (cmdline: string) => boolean) => {
    const pids = processesNaming(profile).filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return !cmdline.includes(`${profile}pdf-`) && which(cmdline);
      } catch {
        return false; // ended meanwhile
      }
    });
    for (const pid of pids)
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    return pids.length;
  };

  const kiosk: XKiosk = {
    display,
    windows() {
      const ids = xdo(display, ['search', '--onlyvisible', '--class', 'chromium']).stdout.split('\n').filter(Boolean);
      return (
        ids
          .map((id) => ({
            id,
            name: xdo(display, ['getwindowname', id]).stdout.trim(),
            size: /Geometry: (\d+x\d+)/.exec(xdo(display, ['getwindowgeometry', id]).stdout)?.[1] ?? '?',
          }))
          // Chromium maps a few 1x1 helper windows; a window a person can see has a size.
          .filter(({ size }) => !/^[01]x[01]$/.test(size))
      );
    },
    key(chord) {
      const windows = kiosk.windows();
      const target = windows.find((w) => w.name.startsWith('Dossier complet')) ?? windows[0];
      if (target) xdo(display, ['windowfocus', '--sync', target.id]);
      xdo(display, ['key', '--clearmodifiers', chord]);
    },
    hostAlive: () => host.exitCode === null && host.signalCode === null,
    logs: () => [...lines],
    visits() {
      const db = new Database(join(data, 'sessions.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM visits').get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    async pageAnswers(timeoutMs) {
      const before = kiosk.visits();
      const end = Date.now() + timeoutMs;
      // One step at a time, Tab then Enter, from the heading the page focuses: the three language
      // buttons (harmless), then « Commencer ». Counting on four Tabs at once breaks when some
      // are lost (sent before the page's script ran): Enter then lands on a language button and
      // every later try in the same place.
      while (Date.now() < end) {
        kiosk.key('Tab');
        kiosk.key('Return');
        if (await kiosk.waitFor(() => kiosk.visits() > before, Math.min(1000, Math.max(0, end - Date.now())))) return true;
      }
      return kiosk.visits() > before;
    },
    profiles: () =>
      readdirSync(tmp).filter(
        (name) => name.startsWith('dossier-complet-tmp-chromium-') && !name.startsWith('dossier-complet-tmp-chromium-pdf-'),
      ),
    // Debian's /usr/bin/chromium is a script that execs the real binary; the host's watching shell names the profile too.
    killBrowser: () =>
      killWindowProcesses((cmdline) => {
        const program = cmdline.split('\0')[0]!;
        return /\/chromium$/.test(program) && !program.startsWith('/bin/') && !cmdline.includes('--type=');
      }),
    killRenderers: () => killWindowProcesses((cmdline) => cmdline.includes('--type=renderer')),
    async waitFor(check, timeoutMs) {
      const end = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > end) return false;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return true;
    },
    async firstWindow(timeoutMs) {
      let first: { id: string; name: string; size: string } | undefined;
      if (!(await kiosk.waitFor(() => (first = kiosk.windows()[0]) !== undefined, timeoutMs))) throw new Error('no visible window');
      return first!;
    },
    async scriptlessPage(timeoutMs) {
      if (!options.holdScripts) throw new Error('scriptlessPage needs holdScripts: without it the script may already run');
      let titled: { id: string; name: string; size: string } | undefined;
      const found = await kiosk.waitFor(
        () => (titled = kiosk.windows().find((w) => w.name === 'Dossier complet')) !== undefined,
        timeoutMs,
      );
      if (!found) throw new Error(`the page's HTML did not load: ${JSON.stringify(kiosk.windows())}`);
      return titled!;
    },
    releaseScripts() {
      writeFileSync(scriptsReleased, '');
    },
    stop() {
      // The host's whole process group (unshare, node), then any Chromium left of its profile, then the display.
      try {
        process.kill(-host.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      for (const pid of processesNaming(profile))
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      xvfb.stop();
    },
  };
  // Wait for the kiosk window to map (its page may not have loaded yet).
  // 75 s: a kiosk Chromium in its namespace takes that long to map at load 40 on two cores (issue 20).
  if (!(await kiosk.waitFor(() => kiosk.windows().length > 0, 75_000))) {
    kiosk.stop();
    throw new Error(`the kiosk window did not map within 75 s (host output: ${JSON.stringify(lines)})`);
  }
  return kiosk;
}
