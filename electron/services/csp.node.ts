import { createHash } from 'node:crypto';
import { RECEIPT_STYLE } from './receipt/receipt-template.node.js';

/**
 * The app's Content-Security-Policy, the same under Electron and in the
 * browser host: only the app's own scripts, no inline script, no network
 * beyond the host. The receipt preview (an iframe srcdoc, which inherits
 * this policy) may use exactly the receipt's style, allowed by its hash.
 * WebAssembly may be compiled, from the app's own files only.
 */
export function contentSecurityPolicy(): string {
  const receiptStyle = createHash('sha256').update(RECEIPT_STYLE).digest('base64');
  return [
    "default-src 'none'",
    // 'wasm-unsafe-eval' lets the page compile WebAssembly (the 2D-Doc camera decoder, a file of the
    // bundle): it allows no eval() of JavaScript and no inline script.
    "script-src 'self' 'wasm-unsafe-eval'",
    `style-src 'self' 'sha256-${receiptStyle}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
