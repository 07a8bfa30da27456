// A receipt's HTML as a person reads it, for the tests that read its sentences.

/** The named entities react-dom/server writes. */
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text a person reads: tags and the style sheet removed, one block per line. */
export function receiptLines(html: string): string[] {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<br\/?>|<\/(p|li|h1|h2|h3|title)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: keyof typeof ENTITIES) => ENTITIES[name])
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
