/**
 * Controls, line separators and bidirectional overrides as `\uXXXX`: a line
 * printed to a terminal stays one line, and input cannot move the cursor,
 * recolour the screen or reorder what is read.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Keeps the line breaks of pretty-printed JSON, escaping everything else (JSON.stringify leaves U+2028 and bidi marks raw). */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeForTerminal).join('\n');
}
