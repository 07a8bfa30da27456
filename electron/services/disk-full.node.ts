// A full disk, as SQLite and Node report it: SQLITE_FULL from the store (a
// write that needed a page or WAL frame it could not get), ENOSPC from the
// file system (the receipt written for `lp`). Either way nothing was
// acknowledged, and the same call succeeds once space is freed.

export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
}
