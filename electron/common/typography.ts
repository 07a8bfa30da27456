// French typography for what people read: a space before : ; ! ? and inside
// « » must not break the line, or a receipt prints ":" alone at the start of a
// line. Applied to every sentence (ours and the engine's) on the way out.

export const NBSP = '\u00a0';
/** Narrow no-break space, the usual one before ; ! ? (Imprimerie nationale). */
export const NNBSP = '\u202f';

export function frenchSpaces(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}

/** The breakable spaces left before high punctuation or inside guillemets (empty when the text is well set). */
export function breakableSpaces(text: string): string[] {
  return [...text.matchAll(/.{0,12}(?: [:;!?»]|« ).{0,12}/g)].map((m) => m[0]);
}
