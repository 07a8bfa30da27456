const BEGIN = '# --- Dossier complet: begin (npm run kiosk:setup) ---';
const END = '# --- Dossier complet: end ---';
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** cupsd.conf with our block in place of any earlier one and of the directives it sets. */
export function withCupsBlock(current: string, block: string): string {
  const withoutOurs = current.replace(new RegExp(`\\n?${literal(BEGIN)}[\\s\\S]*?${literal(END)}\\n?`, 'g'), '\n');
  const directives = [...block.matchAll(/^(\w+)\s/gm)].map((m) => m[1]!);
  const kept = withoutOurs
    .split('\n')
    .filter((line) => !directives.some((d) => new RegExp(`^\\s*${d}\\s`, 'i').test(line)))
    .join('\n');
  return `${kept.replace(/\n*$/, '\n')}${BEGIN}\n${block.trim()}\n${END}\n`;
}
