// The text people read in a catalog message or a template, for the figure
// tests: literals only, what arguments and `${}` fill in left out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';
import { PROJECT_ROOT } from '../support/paths.js';

/** The literal text of a message, every branch of its plurals and selects included, arguments left out. */
export function literalText(message: string, locale: string): string {
  const out: string[] = [];
  const walk = (nodes: unknown[]): void => {
    for (const node of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (node.type === 0 && node.value) out.push(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst());
  return out.join(' ');
}

/**
 * The text a template types itself: its string and template literals, less
 * what `${}` fills in, its comments and its style sheets. What remains is
 * what the receipt and the ticket print around the catalogs' sentences.
 * A small scanner rather than a regular expression: template literals nest
 * inside `${}` of others.
 */
export function templateText(source: string): string[] {
  const code = source.replace(/(?:RECEIPT|TICKET)_STYLE = `[\s\S]*?`;/g, '');
  const texts: string[] = [];
  let i = 0;
  let last = '';
  /** Code until the `}` that closes a `${` (or the end), reading the literals in it. */
  const readCode = (inSubstitution: boolean): void => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i]!;
      if (c === '/' && code[i + 1] === '/') {
        i = code.indexOf('\n', i);
        if (i < 0) i = code.length;
        continue;
      }
      if (c === '/' && code[i + 1] === '*') {
        i = code.indexOf('*/', i) + 2;
        continue;
      }
      if (c === '/' && /[(,=:[!&|?{};]/.test(last)) {
        readRegex();
        last = 'x';
        continue;
      }
      if (c === "'" || c === '"') {
        texts.push(readQuoted(c));
        last = 'x';
        continue;
      }
      if (c === '`') {
        i += 1;
        readTemplate();
        last = 'x';
        continue;
      }
      if (c === '{') depth += 1;
      if (c === '}') {
        if (depth === 0 && inSubstitution) {
          i += 1;
          return;
        }
        depth -= 1;
      }
      if (!/\s/.test(c)) last = c;
      i += 1;
    }
  };
  const readQuoted = (quote: string): string => {
    let text = '';
    for (i += 1; i < code.length && code[i] !== quote; i += 1) text += code[i] === '\\' ? code[++i] : code[i];
    i += 1;
    return text;
  };
  const readRegex = (): void => {
    let inClass = false;
    for (i += 1; i < code.length; i += 1) {
      const c = code[i];
      if (c === '\\') {
        i += 1;
        continue;
      }
      if (c === '[') inClass = true;
      if (c === ']') inClass = false;
      if (c === '/' && !inClass) break;
    }
    i += 1;
  };
  const readTemplate = (): void => {
    let text = '';
    while (i < code.length) {
      const c = code[i]!;
      if (c === '\\') {
        text += code[i + 1];
        i += 2;
        continue;
      }
      if (c === '`') {
        i += 1;
        break;
      }
      if (c === '$' && code[i + 1] === '{') {
        i += 2;
        texts.push(text);
        text = ' ';
        readCode(true);
        continue;
      }
      text += c;
      i += 1;
    }
    texts.push(text);
  };
  readCode(false);
  // Tags (h1, h2: their names hold digits) and entities are markup, not text; a tag cut by a `${}` is one too.
  return texts.map((t) => t.replace(/<\/?[a-z][a-z0-9]*\b[^>]*>?/gi, ' ').replace(/&#?\w+;/g, ' '));
}

/**
 * The text a page's markup (a .tsx file) types itself: its JSX text and its
 * string and template literals, less what `${}` fills in. An attribute's
 * quoted value (a class name) and import paths are markup, not text. Read with
 * TypeScript's parser: JSX text has no quotes for a scanner to find.
 */
export function markupText(source: string): string[] {
  const file = ts.createSourceFile('page.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) && ts.isJsxAttribute(node.parent)) return;
    if (ts.isJsxText(node)) texts.push(node.text);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts.filter((text) => text.trim().length > 0);
}

const PRINTED = join(PROJECT_ROOT, 'electron/services/receipt');
/** The files that write the printed pages: the templates that gather what they say and the pages' markup. */
export const PRINTED_FILES = readdirSync(PRINTED).filter((file) => /-(template|page)\.node\.tsx?$/.test(file));

/** The text a printed page's file types itself, whichever way it is written. */
export function printedText(file: string): string[] {
  const source = readFileSync(join(PRINTED, file), 'utf8');
  return file.endsWith('.tsx') ? markupText(source) : templateText(source);
}
