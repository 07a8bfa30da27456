import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A stand-in for CUPS's `lp` that keeps a copy of every printed PDF in
 * `dir` (printed-<n>.pdf, in order), so a test can read the ticket the
 * citizen took away, then succeeds as a printer would.
 */
export function keepingLp(dir: string): { lp: string; printed: (n: number) => string } {
  const lp = join(dir, 'lp');
  writeFileSync(
    lp,
    `#!/bin/sh\nfile=$(eval echo \\$$#)\nn=$(ls '${dir}' | grep -c '^printed-')\ncp "$file" '${dir}'/printed-$((n + 1)).pdf\n`,
    { mode: 0o755 },
  );
  return { lp, printed: (n) => join(dir, `printed-${n}.pdf`) };
}
