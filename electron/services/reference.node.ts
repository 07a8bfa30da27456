import { randomInt } from 'node:crypto';
import { REFERENCE_ALPHABET } from '../common/contract.js';

/** A short visit reference such as "K7Q-4MZ": no 0/O, 1/I/L, easy to read aloud and to type. */
export function newReference(): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${pick()}${pick()}${pick()}-${pick()}${pick()}${pick()}`;
}

/** A reference no visit of this store holds yet (a one-column look-up, not a visit read). */
export function unusedReference(store: { visitMode(reference: string): unknown }): string {
  for (;;) {
    const reference = newReference();
    if (store.visitMode(reference) === null) return reference;
  }
}
