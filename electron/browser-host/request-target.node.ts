// The path a request line names, read without trusting it: `new URL` and
// `decodeURIComponent` throw on input a client controls (`GET //[`, `%E0%A4%A`),
// and a throw in the request listener used to end the whole host.

import { escapeForTerminal } from '../common/terminal-text.js';

export type Target = { ok: true; segments: string[] } | { ok: false; reason: 'bad-target' | 'bad-encoding' };

const MAX_TARGET = 2048;
/** Controls, the backslash (a separator on Windows) and NUL never name one of our files. */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * The decoded path segments of a request target in origin form (`/a/b?x`):
 * no scheme or authority (`//host/...`), no dot segments, no control
 * characters once decoded. The query is ignored: no route reads one.
 */
export function parseTarget(raw: string | undefined): Target {
  if (raw === undefined || raw.length > MAX_TARGET || !raw.startsWith('/') || raw.startsWith('//'))
    return { ok: false, reason: 'bad-target' };
  const path = raw.split(/[?#]/, 1)[0]!;
  if (/[\s<>"{}|^`]/.test(path)) return { ok: false, reason: 'bad-target' };
  const segments: string[] = [];
  for (const encoded of path.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { ok: false, reason: 'bad-encoding' };
    }
    if (FORBIDDEN.test(segment) || segment.includes('/') || segment === '.' || segment === '..') return { ok: false, reason: 'bad-target' };
    segments.push(segment);
  }
  return { ok: true, segments: segments.length === 1 && segments[0] === '' ? [] : segments };
}

/** A request target as a log may show it: quoted, escaped, cut short. */
export function printable(raw: string | undefined): string {
  return escapeForTerminal(JSON.stringify((raw ?? '').slice(0, 200)));
}
