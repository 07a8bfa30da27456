// Resident memory of a process and of the processes it started, read from
// /proc (Linux): Chromium is a tree (browser, zygotes, renderers, utility),
// and its growth is the tree's. RSS counts shared pages in every process, so
// a tree's sum overstates its footprint several times over (Chromium's
// processes share most of their pages): the tree's PSS (each shared page
// divided among its sharers) is its real share, and what the soak watches.
import { readdirSync, readFileSync } from 'node:fs';

/** Parent of each live process. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(entry), ppid);
    } catch {
      // Ended while we read: not part of any tree any more.
    }
  }
  return map;
}

/** Resident set of one process in bytes (0 if it has ended). */
export function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Proportional set size of one process in bytes (0 if it has ended). */
export function pssOf(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every descendant of `pid` (not `pid` itself), children before grandchildren. */
export function descendants(pid: number): number[] {
  const map = parents();
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const [child, ppid] of map) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** The processes `pid` started itself whose command is Chromium, each with its whole tree's RSS and PSS. */
export function chromiumTrees(
  pid: number,
  exclude: readonly number[] = [],
): { pid: number; processes: number; rss: number; pss: number }[] {
  const map = parents();
  return [...map]
    .filter(([child, ppid]) => ppid === pid && !exclude.includes(child) && commandOf(child).includes('chromium'))
    .map(([root]) => {
      const tree = [root, ...descendants(root)];
      const sum = (measure: (p: number) => number) => tree.reduce((total, p) => total + measure(p), 0);
      return { pid: root, processes: tree.length, rss: sum(rssOf), pss: sum(pssOf) };
    });
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
  } catch {
    return '';
  }
}
