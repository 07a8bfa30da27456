// The app's CSP gains exactly what the 2D-Doc camera decoder needs:
// WebAssembly compilation ('wasm-unsafe-eval'), never eval() of JavaScript
// nor inline script, and still no network beyond the app itself.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/services/csp.node.js';

function directives(): Map<string, string[]> {
  return new Map(
    contentSecurityPolicy()
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('content security policy', () => {
  it('lets the page compile WebAssembly from its own files, and nothing more', () => {
    expect(directives().get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
  });

  it('keeps the network to the app itself', () => {
    const csp = directives();
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });
});
