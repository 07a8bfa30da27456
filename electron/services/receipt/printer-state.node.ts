// The printer's state as CUPS tells it (`lpstat`), read before a receipt is
// sent: a paused queue or a printer out of paper accepts the job with exit
// code 0 and prints nothing, so `lp` alone would report a print that did not
// happen. The parsing follows lpstat's own lines (CUPS 2.x, C locale):
//   printer NAME is idle.  enabled since DATE
//   printer NAME disabled since DATE -
//   \t<printer-state-message, or "reason unknown">
//   \tAlerts: media-empty-error …            (with -l)
//   NAME accepting requests since DATE / NAME not accepting requests since DATE -
//   lpstat: Invalid destination name in list "NAME".
//   lpstat: Scheduler is not running.
import { execFile } from 'node:child_process';

export type PrinterState = 'ready' | 'absent' | 'paused' | 'noPaper' | 'rejecting' | 'noSystem' | 'unknown';

/** States in which nothing would come out of the printer: the receipt is not sent. */
export const BLOCKING: ReadonlySet<PrinterState> = new Set(['absent', 'paused', 'noPaper', 'rejecting', 'noSystem']);

const ABSENT = /Invalid destination name|does not exist|Unknown destination|No destinations added/i;
const NO_SYSTEM = /Scheduler is not running|Unable to connect to server|Connection refused/i;
const NO_PAPER = /\bmedia-(empty|needed|jam)\b|media empty|out of paper|plus de papier/i;

/** The state from `lpstat -l -p NAME` and `lpstat -a NAME` (stdout, stderr of each). */
export function parsePrinterState(printer: { out: string; err: string }, accepting: { out: string; err: string }): PrinterState {
  const errors = `${printer.err}\n${accepting.err}`;
  if (NO_SYSTEM.test(errors)) return 'noSystem';
  if (ABSENT.test(errors) || (printer.out.trim() === '' && accepting.out.trim() === '')) return 'absent';
  if (NO_PAPER.test(printer.out)) return 'noPaper';
  if (/^printer \S+ disabled since/m.test(printer.out)) return 'paused';
  if (/^\S+ not accepting requests/m.test(accepting.out)) return 'rejecting';
  return 'ready';
}

/** Runs lpstat; null when it cannot run at all (no CUPS client on this machine). */
function run(lpstat: string, args: string[]): Promise<{ out: string; err: string } | null> {
  return new Promise((resolve) => {
    execFile(lpstat, args, { timeout: 5000, env: { ...process.env, LC_ALL: 'C' } }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') resolve(null);
      else resolve({ out: String(stdout), err: String(stderr) });
    });
  });
}

/** The named printer's state; `unknown` when lpstat is not there to ask (then `lp` is tried and judged alone). */
export async function readPrinterState(name: string, lpstat = 'lpstat'): Promise<PrinterState> {
  const [printer, accepting] = await Promise.all([run(lpstat, ['-l', '-p', name]), run(lpstat, ['-a', name])]);
  if (!printer || !accepting) return 'unknown';
  return parsePrinterState(printer, accepting);
}

/** What `lp`'s own refusal says, when it fails: the same states where it names one. */
export function stateOfLpError(stderr: string): PrinterState {
  if (NO_SYSTEM.test(stderr)) return 'noSystem';
  if (/not accepting/i.test(stderr)) return 'rejecting';
  if (ABSENT.test(stderr)) return 'absent';
  return 'unknown';
}
