// Text for a terminal or a log line: the same characters the settings refuse (UNSAFE_TEXT), escaped.
import { UNSAFE_TEXT } from './contract.js';

const UNSAFE_EVERYWHERE = new RegExp(UNSAFE_TEXT.source, 'g');

/**
 * Controls, line separators and bidirectional overrides as `\uXXXX`: a line
 * printed to a terminal stays one line, and input cannot move the cursor,
 * recolour the screen or reorder what is read.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_EVERYWHERE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Keeps the line breaks of pretty-printed JSON, escaping everything else (JSON.stringify leaves U+2028 and bidi marks raw). */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeForTerminal).join('\n');
}
