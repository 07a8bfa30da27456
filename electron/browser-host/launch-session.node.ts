// Who may use the host: only the window the host opened. The host starts
// Chromium at a one-time launch address; the first visit to it trades the
// launch secret for an HttpOnly, SameSite=Strict cookie holding the session
// token, and the secret is spent. The page never sees the token (no meta
// tag, no script access), so a local process that asks `GET /` gets nothing.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const secret = () => randomBytes(32).toString('base64url');

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class LaunchSessions {
  /** The session token: in the window's cookie, or in `X-Api-Token` for the host's own programs (tests, benchmark). */
  readonly token = secret();
  private readonly pending = new Set<string>();

  /** Cookies are not separated by port: the name carries it, so two hosts on one machine do not overwrite each other. */
  port = 0;

  get cookieName(): string {
    return `dossier-complet-${this.port}`;
  }

  /** A new one-time launch path (`/launch/SECRET`), for one window. */
  issue(): string {
    const launch = secret();
    this.pending.add(launch);
    return `/launch/${launch}`;
  }

  /** Spends a launch secret; true once per issued secret. */
  redeem(presented: string): boolean {
    for (const launch of this.pending) {
      if (sameSecret(presented, launch)) {
        this.pending.delete(launch);
        return true;
      }
    }
    return false;
  }

  setCookie(): string {
    return `${this.cookieName}=${this.token}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** Whether the request carries the session, by cookie or by header. */
  authenticated(req: IncomingMessage): boolean {
    const header = req.headers['x-api-token'];
    if (typeof header === 'string' && header !== '' && sameSecret(header, this.token)) return true;
    const cookies = String(req.headers.cookie ?? '').split(';');
    return cookies.some((cookie) => {
      const [name, ...value] = cookie.trim().split('=');
      return name === this.cookieName && sameSecret(value.join('='), this.token);
    });
  }
}
