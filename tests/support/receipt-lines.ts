// A receipt's HTML as a person reads it, for the tests that read its sentences.

/** The text a person reads: tags and the style sheet removed, one block per line. */
export function receiptLines(html: string): string[] {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<br>|<\/(p|li|h1|h2|h3|title)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
