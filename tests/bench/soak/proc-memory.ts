// Resident memory of a process and of the processes it started, read from
// /proc (Linux): Chromium is a tree (browser, zygotes, renderers, utility),
// and its growth is the tree's. RSS counts shared pages in every process, so
// a tree's sum overstates its footprint several times over (Chromium's
// processes share most of their pages). The soak watches the tree's private
// memory (USS: pages no other process maps), where a leak lands.
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

/**
 * Memory only this process holds (its private pages, USS), in bytes; 0 if it
 * has ended. Unlike PSS it does not move when another Chromium on the
 * machine starts or ends (they share the binary's pages): a leak shows here.
 */
export function privateOf(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
    return (kB('Private_Clean') + kB('Private_Dirty')) * 1024;
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

/** The processes `pid` started itself whose command is Chromium, each with its whole tree's RSS and private memory. */
export function chromiumTrees(
  pid: number,
  exclude: readonly number[] = [],
): { pid: number; processes: number; rss: number; private: number }[] {
  const map = parents();
  return [...map]
    .filter(([child, ppid]) => ppid === pid && !exclude.includes(child) && commandOf(child).includes('chromium'))
    .map(([root]) => {
      const tree = [root, ...descendants(root)];
      const sum = (measure: (p: number) => number) => tree.reduce((total, p) => total + measure(p), 0);
      return { pid: root, processes: tree.length, rss: sum(rssOf), private: sum(privateOf) };
    });
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
  } catch {
    return '';
  }
}
