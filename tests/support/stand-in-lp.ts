import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for CUPS's `lp` in `dir`: records its arguments and the first
 * bytes of the file it is given, then succeeds, as a printer would.
 */
export function standInLp(dir: string): { lp: string; calls: string } {
  const lp = join(dir, 'lp');
  const calls = join(dir, 'lp-calls.txt');
  writeFileSync(
    lp,
    `#!/bin/sh\nfor a in "$@"; do echo "$a" >> '${calls}'; done\nfile=$(eval echo \\$$#)\nhead -c 5 "$file" >> '${calls}'\n`,
    { mode: 0o755 },
  );
  return { lp, calls };
}
