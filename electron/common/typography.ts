// French typography for what people read: a space before : ; ! ?, inside
// « » and between an amount and its € must not break the line, or a receipt
// prints ":" or "€" alone at the start of a line. Applied to every sentence
// (ours and the engine's) on the way out. The engine's labels keep the plain
// space the contract's worked examples print; the catalogs' ICU amounts
// already carry the no-break one.

export const NBSP = '\u00a0';
/** Narrow no-break space, the usual one before ; ! ? (Imprimerie nationale). */
export const NNBSP = '\u202f';

export function frenchSpaces(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+:/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]+([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(/(\d)[ \u00a0\u202f]+€/g, `$1${NBSP}€`);
}

/** The breakable spaces left before high punctuation or inside guillemets (empty when the text is well set). */
export function breakableSpaces(text: string): string[] {
  return [...text.matchAll(/.{0,12}(?: [:;!?»]|« |\d €).{0,12}/g)].map((m) => m[0]);
}
