// `npm run -s rules -- evaluate FILE.json` (or `-` for standard input):
// the contract's command line. One evaluation on stdout and exit 0, or one
// line on stderr naming the offending field and exit 2; never a stack trace,
// never a raw control byte (see electron/common/terminal-text.ts). Input: 1 MiB at most, a
// leading byte-order mark allowed (Windows editors write one).
import { closeSync, openSync, readSync } from 'node:fs';
import { evaluate, parseFacts } from '../../rules/index.js';
import { systemClock } from '../services/clock.node.js';
import { escapeForTerminal, escapeLines } from '../common/terminal-text.js';

const USAGE = 'usage: npm run -s rules -- evaluate FILE.json   (or - for standard input)';
const MAX_INPUT = 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`${escapeForTerminal(message)}\n`);
  process.exit(2);
}

/** Reads at most MAX_INPUT bytes (one more tells that there were more), from a file or standard input. */
function readCapped(file: string): Buffer {
  const fd = file === '-' ? 0 : openSync(file, 'r');
  const buffer = Buffer.alloc(MAX_INPUT + 1);
  let size = 0;
  try {
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, size, buffer.length - size, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw error;
      }
      if (read === 0 || (size += read) === buffer.length) break;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
  return buffer.subarray(0, size);
}

function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readCapped(file);
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (bytes.length > MAX_INPUT) fail(`input too large: more than ${MAX_INPUT} bytes`);
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function main(args: string[]): void {
  const [command, file, ...rest] = args;
  if (command !== 'evaluate' || file === undefined || rest.length > 0) fail(USAGE);
  let input: unknown;
  try {
    input = JSON.parse(readInput(file));
  } catch (error) {
    fail(`invalid JSON: ${(error as Error).message}`);
  }
  // The contract's "current local date": the machine's own time zone.
  const parsed = parseFacts(input, systemClock(undefined).today());
  if (!parsed.ok) fail(`invalid facts: ${parsed.error.field}: ${parsed.error.message}`);
  process.stdout.write(`${escapeLines(JSON.stringify(evaluate(parsed.facts), null, 2))}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  fail(`internal error: ${(error as Error).message}`);
}
