// The Element Timing API's attribute (https://w3c.github.io/element-timing/):
// the browser reports when the marked element is first painted. The bench
// reads it for the home screen's start button (tests/bench/cold-start.bench.ts).
import 'react';

declare module 'react' {
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
