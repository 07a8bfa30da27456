import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

const eslint = new ESLint({ cwd: PROJECT_ROOT, overrideConfigFile: join(PROJECT_ROOT, '.config/eslint.config.js') });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering lint rule', () => {
  it.each([
    ['rules/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;", 'layering/imports'],
    ['rules/x.ts', "import { a } from '../electron/services/clock.node.js';\nexport const b = a;", 'layering/imports'],
    ['rules/x.ts', "import { a } from '../renderer/app.js';\nexport const b = a;", 'layering/imports'],
    ['rules/x.ts', 'export const now = Date.now();', 'no-restricted-globals'],
    ['renderer/x.ts', "import { a } from '../electron/services/store.node.js';\nexport const b = a;", 'layering/imports'],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const b = ipcRenderer;", 'layering/imports'],
    ['renderer/x.ts', "import Database from 'better-sqlite3';\nexport const b = Database;", 'layering/imports'],
    ['electron/services/x.node.ts', "import { app } from 'electron';\nexport const b = app;", 'layering/imports'],
    ['electron/api/x.ts', "import { a } from '../services/clock.node.js';\nexport const b = a;", 'layering/imports'],
  ])('%s: refuses %j', async (file, code, rule) => {
    expect((await problems(file, code)).some((p) => p.startsWith(rule))).toBe(true);
  });

  it.each([
    ['rules/x.ts', "import { z } from 'zod';\nimport { addDays } from './dates.js';\nexport const a = [z, addDays];"],
    ['renderer/x.ts', "import { evaluate } from '../rules/index.js';\nimport { API } from '../electron/api/contract.js';\nexport const a = [evaluate, API];"],
    ['electron/services/x.node.ts', "import { readFileSync } from 'node:fs';\nimport { evaluate } from '../../rules/index.js';\nexport const a = [readFileSync, evaluate];"],
    ['electron/shell/x.main.ts', "import { app } from 'electron';\nexport const a = app;"],
  ])('%s: allows %j', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
