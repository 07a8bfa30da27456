// A browser host a test starts as a process, with its Chromium window, and
// how to end them whatever failed first.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processesNaming } from '../../electron/services/private-temp.node.js';

const argsOf = (pid: number): string[] | null => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return null; // ended meanwhile
  }
};

/**
 * The window's browser process, picked by its role, not by its place among the
 * processes naming `profile`: Chromium itself (not the host's watching shell, nor
 * Debian's /usr/bin/chromium script before it execs, nor a helper with `--type=`),
 * with the window's `--app=` address. Its arguments, or null while there is none.
 */
export function windowBrowser(profile: string): { pid: number; args: string[] } | null {
  for (const pid of processesNaming(profile)) {
    const args = argsOf(pid);
    if (!args || !/\/chromium$/.test(args[0]!) || args[0]!.startsWith('/bin/')) continue;
    if (args.some((arg) => arg.startsWith('--type=')) || !args.some((arg) => arg.startsWith('--app='))) continue;
    return { pid, args };
  }
  return null;
}

/** Whether a window titled exactly `title` is mapped on `display` (xdotool). */
export function windowTitled(display: string, title: string): boolean {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    spawnSync('xdotool', ['search', '--onlyvisible', '--name', `^${escaped}$`], {
      env: { ...process.env, DISPLAY: display },
      timeout: 5000,
    }).status === 0
  );
}

/** Polls `check` every 100 ms until it holds or `timeoutMs` passes; whether it held. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * Ends a host a test started, then every process still working in `dir` (its
 * Chromium window, its receipt renderer, their helpers), and returns once none
 * is left (10 s at most): the temp folder can then be erased. For a `finally`,
 * whatever failed first: a host already gone is no error.
 */
export async function endHost(host: ChildProcess | undefined, dir: string): Promise<void> {
  if (host && host.exitCode === null && host.signalCode === null) {
    const exited = new Promise((resolve) => host.once('exit', resolve));
    host.kill('SIGKILL');
    await exited;
  }
  await waitFor(() => {
    const left = processesNaming(dir).filter((pid) => pid !== process.pid);
    for (const pid of left)
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    return left.length === 0;
  }, 10_000);
}
