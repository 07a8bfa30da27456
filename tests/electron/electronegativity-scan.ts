// Electronegativity (Doyensec's Electron security linter) through its own
// classes, as its `run()` does, minus two network calls that a machine
// without internet cannot make: the translation download at start-up (its
// English messages ship with it) and AvailableSecurityFixesGlobalCheck, which
// fetches Electron's release list from GitHub (the Electron major is kept
// current in package.json instead; see the allow-list's `excludedChecks`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { PROJECT_ROOT } from '../support/paths.js';

const ROOT = dirname(createRequire(join(PROJECT_ROOT, 'package.json')).resolve('@doyensec/electronegativity/package.json'));
/** Resolves as electronegativity itself does, so its own copies of i18n and the parsers are used. */
const require = createRequire(join(ROOT, 'package.json'));

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  manualReview: boolean;
  description: string;
  visibility?: { inlineDisabled: boolean; globalCheckDisabled: boolean };
}
interface Finder {
  _enabled_checks: unknown[];
  find(file: string, data: unknown, type: unknown, content: unknown, only: null, electronVersion: string): Promise<RawIssue[]>;
}
interface GlobalChecks {
  _enabled_checks: unknown[];
  dependencies: string[];
  getResults(issues: RawIssue[], output?: string): Promise<RawIssue[]>;
}

export interface Finding {
  id: string;
  file: string;
  line: number;
  manualReview: boolean;
  description: string;
}
export interface Scan {
  checks: number;
  findings: Finding[];
  errors: Array<{ file: string; message: string }>;
}

/** Scans the given files (absolute paths) as Electron `electronVersion` would run them. */
export async function electronegativity(
  files: string[],
  options: { electronVersion: string; excludedChecks: string[]; base: string },
): Promise<Scan> {
  const i18n = require('i18n') as { configure(o: object): void; setLocale(l: string): void };
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: join(ROOT, 'dist/locales'),
    updateFiles: false,
    objectNotation: true,
    retryInDefaultLocale: true,
    register: globalThis,
  });
  i18n.setLocale('en-US');
  const { Parser } = require(join(ROOT, 'dist/parser')) as {
    Parser: new (
      babelFirst: boolean,
      typescriptBabelFirst: boolean,
    ) => { parse(file: string, content: Buffer): [unknown, unknown, unknown, Array<{ message: string }> | undefined] };
  };
  const finderModule = require(join(ROOT, 'dist/finder')) as {
    Finder: new (c: string[], e: string[], u?: string) => Finder;
    GlobalChecks: new (c: string[], e: string[], u?: string) => GlobalChecks;
  };

  const excluded = options.excludedChecks.map((check) => check.toLowerCase());
  const parser = new Parser(false, true);
  const globalChecker = new finderModule.GlobalChecks([], excluded);
  const finder = await new finderModule.Finder(
    [],
    excluded.filter((check) => !check.includes('globalcheck')),
  );
  let issues: RawIssue[] = [];
  const errors: Scan['errors'] = [];
  for (const file of files) {
    try {
      const [type, data, content, warnings] = parser.parse(file, readFileSync(file));
      if (data === null) continue;
      for (const warning of warnings ?? []) errors.push({ file: relative(options.base, file), message: warning.message });
      issues.push(...(await finder.find(file, data, type, content, null, options.electronVersion)));
    } catch (error) {
      errors.push({ file: relative(options.base, file), message: (error as Error).message });
    }
  }
  issues = await globalChecker.getResults(issues);
  issues = issues.filter((issue) => !issue.visibility || (!issue.visibility.inlineDisabled && !issue.visibility.globalCheckDisabled));
  return {
    checks: finder._enabled_checks.length + globalChecker._enabled_checks.length,
    findings: issues.map((issue) => ({
      id: issue.id,
      file: issue.file === 'N/A' ? 'N/A' : relative(options.base, issue.file),
      line: issue.location.line,
      manualReview: issue.manualReview,
      description: issue.description,
    })),
    errors,
  };
}
