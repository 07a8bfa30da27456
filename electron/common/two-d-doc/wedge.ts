// What a keyboard-wedge scanner types for a 2D-Doc. The code holds three
// control characters (GS 0x1D, RS 0x1E, US 0x1F) that a keyboard cannot
// type as such: depending on its mapping the scanner sends them as the
// character itself (Alt codes), as Ctrl+] / Ctrl+^ / Ctrl+_ (no character:
// the screen's key handler inserts the control, see `controlForKey`), or as
// a printable substitute. This module turns the printable substitutes
// scanners commonly offer back into the controls, so the text the parser
// reads is the code the issuer signed. The same on AZERTY and QWERTY: the
// substitutes are ASCII punctuation that both layouts type alike.
import { GS, RS, US } from './format.js';

const SUBSTITUTES: readonly [RegExp, string][] = [
  // Unicode's control pictures (a scanner's "display control characters" mode).
  [/\u241d/g, GS],
  [/\u241e/g, RS],
  [/\u241f/g, US],
  // Bracketed names, as scanners' configuration tools and the specification's own examples write them.
  [/<GS>|\{GS\}|\[GS\]/gi, GS],
  [/<RS>|\{RS\}|\[RS\]/gi, RS],
  [/<US>|\{US\}|\[US\]/gi, US],
  // Caret notation (^] is 0x1D, ^^ 0x1E, ^_ 0x1F).
  [/\^\]/g, GS],
  [/\^\^/g, RS],
  [/\^_/g, US],
];

/** The scanned text with its substitutes made controls again, and the Enter a scanner ends with dropped. */
export function fromWedge(typed: string): string {
  let text = typed.replace(/[\r\n]+$/, '');
  for (const [pattern, control] of SUBSTITUTES) text = text.replace(pattern, control);
  return text;
}

/**
 * The control a Ctrl chord stands for, or null. A scanner that sends GS as
 * Ctrl+] presses the key that types ] on the layout it is set for: ] on
 * QWERTY, $ on AZERTY (the same physical key, `BracketRight`); US as
 * Ctrl+_ (Shift+Minus on QWERTY, the 8 key on AZERTY); RS as Ctrl+^
 * (Shift+6 on QWERTY, the dead-circumflex key on AZERTY, `BracketLeft`).
 */
export function controlForKey(key: { ctrlKey: boolean; key: string; code: string }): string | null {
  if (!key.ctrlKey) return null;
  if (key.key === ']' || key.key === '$' || key.code === 'BracketRight') return GS;
  if (key.key === '_') return US;
  if (key.key === '^' || (key.key === 'Dead' && key.code === 'BracketLeft')) return RS;
  return null;
}
