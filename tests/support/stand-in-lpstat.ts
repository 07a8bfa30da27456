import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What CUPS's lpstat prints for one call: its stdout, its stderr, its exit code. */
export interface LpstatAnswer {
  out?: string;
  err?: string;
  code?: number;
}

/**
 * A stand-in for CUPS's `lpstat` in `dir` (beside a stand-in `lp`, where
 * CupsPrinter looks for it), printing the lines a real CUPS 2.x prints for
 * `lpstat -l -p NAME` and `lpstat -a NAME`, given here as they are.
 */
export function standInLpstat(dir: string, answers: { printer: LpstatAnswer; accepting: LpstatAnswer }): string {
  const lpstat = join(dir, 'lpstat');
  const quote = (text = '') => `'${text.replace(/'/g, `'\\''`)}'`;
  const branch = (answer: LpstatAnswer) =>
    `printf '%s' ${quote(answer.out)}; printf '%s' ${quote(answer.err)} >&2; exit ${answer.code ?? 0}`;
  writeFileSync(lpstat, `#!/bin/sh\nif [ "$1" = "-a" ]; then ${branch(answers.accepting)}; else ${branch(answers.printer)}; fi\n`, {
    mode: 0o755,
  });
  return lpstat;
}
