// One host call at a time for an action that creates something (a visit, an
// applicant): a second click or tap while the first is on its way would
// create a second one, since both see the screen as it was. It is ignored,
// as the screen shows the first one's outcome a moment later. The button
// stays enabled, so the keyboard focus is never dropped to the page.
import { useRef } from 'react';

export class SingleFlight {
  #busy = false;

  /** True while a call started by {@link run} has not settled. */
  get busy(): boolean {
    return this.#busy;
  }

  /** Runs `call` unless one is still on its way; then `undefined`, and nothing is called. */
  async run<T>(call: () => Promise<T>): Promise<T | undefined> {
    if (this.#busy) return undefined;
    this.#busy = true;
    try {
      return await call();
    } finally {
      this.#busy = false;
    }
  }
}

/** A {@link SingleFlight} that lives as long as the component. */
export function useSingleFlight(): SingleFlight {
  const flight = useRef<SingleFlight | null>(null);
  flight.current ??= new SingleFlight();
  return flight.current;
}
