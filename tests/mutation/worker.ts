// Runs mutants one after the other, each in a fresh copy of rules/ loaded
// as its own module graph, against the case tables and the worked examples.
// The rules are transpiled to JavaScript once; a mutant transpiles only its
// own file. One JSON line per mutant on stdout: {"index", "killed", "why"}.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { evaluate, parseFacts } from '../../rules/index.js';
import { loadCases } from '../rules/case-table.js';
import { mismatches } from '../rules/expectations.js';
import { readExamples, MUTATION_WORK, RULES_DIR, CASES_DIR, CASE_TODAY } from './suite.js';
import { apply, type Mutant } from './mutants.js';

/** What the suite calls of a mutant's rules. */
interface Rules {
  evaluate: typeof evaluate;
  parseFacts: typeof parseFacts;
}

const cases = loadCases(CASES_DIR);

const toJs = (text: string) =>
  ts.transpileModule(text, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  }).outputText;
const sources = new Map(
  (readdirSync(RULES_DIR, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f, readFileSync(join(RULES_DIR, f), 'utf8')] as const),
);
const compiled = new Map([...sources].map(([f, text]) => [f, toJs(text)] as const));
const examples = readExamples();

/** The first way these rules fail the suite, or null when every case and example passes. */
function failure(rules: Rules): string | null {
  for (const c of cases) {
    const parsed = rules.parseFacts(c.facts, CASE_TODAY);
    if (c.error !== undefined) {
      const got = parsed.ok ? 'accepted' : parsed.error.field;
      if (got !== c.error) return `${c.file}: ${c.name}`;
      continue;
    }
    if (!parsed.ok || mismatches(rules.evaluate(parsed.facts), c.expect ?? {}).length > 0) return `${c.file}: ${c.name}`;
  }
  for (const example of examples) {
    const parsed = rules.parseFacts(example.facts, CASE_TODAY);
    if (!parsed.ok || mismatches(rules.evaluate(parsed.facts), example.expect).length > 0) return `example ${example.file}`;
  }
  return null;
}

async function run(index: number, mutant: Mutant | null): Promise<{ killed: boolean; why: string | null }> {
  const dir = join(MUTATION_WORK, `m${process.pid}-${index}`);
  mkdirSync(dir, { recursive: true });
  try {
    for (const [file, js] of compiled) {
      const path = join(dir, 'rules', file.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, mutant?.file === file ? toJs(apply(sources.get(file)!, mutant)) : js);
    }
    const rules = (await import(pathToFileURL(join(dir, 'rules', 'index.js')).href)) as Rules;
    const why = failure(rules);
    return { killed: why !== null, why };
  } catch (error) {
    return { killed: true, why: `throws: ${String((error as Error | undefined)?.message ?? error).split('\n')[0]}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { index, mutant } = JSON.parse(line) as { index: number; mutant: Mutant | null };
  process.stdout.write(`${JSON.stringify({ index, ...(await run(index, mutant)) })}\n`);
}
