// `npm run -s rules -- evaluate FILE.json` (or `-` for standard input):
// the contract's command line. One evaluation on stdout and exit 0, or one
// line on stderr naming the offending field and exit 2; never a stack trace.
import { readFileSync } from 'node:fs';
import { evaluate, parseFacts } from '../../rules/index.js';
import { systemClock } from '../services/clock.node.js';

const USAGE = 'usage: npm run -s rules -- evaluate FILE.json   (or - for standard input)';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
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
  process.stdout.write(`${JSON.stringify(evaluate(parsed.facts), null, 2)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  fail(`internal error: ${(error as Error).message}`);
}
