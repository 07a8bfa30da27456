import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

const eslint = new ESLint({ cwd: PROJECT_ROOT, overrideConfigFile: join(PROJECT_ROOT, '.config/eslint.config.js') });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

/** One import per row: `import { a } from '<specifier>'` written in `file`. */
const importing = (specifier: string) => `import { a } from '${specifier}';\nexport const b = a;`;

describe('layering lint rule', () => {
  it.each([
    // rules/: pure, no I/O, no host, no UI, no clock.
    ['rules/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;", 'layering/imports'],
    ['rules/x.ts', importing('../electron/services/clock.node.js'), 'layering/imports'],
    ['rules/x.ts', importing('../renderer/app.js'), 'layering/imports'],
    ['rules/x.ts', 'export const now = Date.now();', 'no-restricted-globals'],
    ['rules/x.ts', 'export const s = (1.5).toLocaleString();', 'no-restricted-syntax'],
    ['rules/x.ts', 'export const f = new Intl.NumberFormat();', 'no-restricted-syntax'],
    // The renderer reaches the host only through the API.
    ['renderer/x.ts', importing('../electron/services/store.node.js'), 'layering/imports'],
    ['renderer/x.ts', importing('../electron/services/store.node.ts'), 'layering/imports'],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const b = ipcRenderer;", 'layering/imports'],
    ['renderer/x.ts', "import Database from 'better-sqlite3';\nexport const b = Database;", 'layering/imports'],
    ['renderer/x.ts', "import { readFileSync } from 'node:fs';\nexport const b = readFileSync;", 'layering/imports'],
    // Services: no Electron, whether by package or by a `.js` specifier of the glue.
    ['electron/services/x.node.ts', "import { app } from 'electron';\nexport const b = app;", 'layering/imports'],
    ['electron/services/x.node.ts', importing('../electron-main/electron-output.main.js'), 'layering/imports'],
    ['electron/services/x.node.ts', importing('../electron-main/electron-output.main.ts'), 'layering/imports'],
    ['electron/services/x.node.ts', importing('../browser-host/server.node.js'), 'layering/imports'],
    ['electron/services/x.node.ts', importing('../cli/rules-cli.node.js'), 'layering/imports'],
    ['electron/services/x.ts', 'export const a = 1;', 'layering/imports'],
    // A printed page's markup (.node.tsx) renders to static HTML: react-dom/server only, never a screen's React, never Electron.
    ['electron/services/x.tsx', 'export const a = 1;', 'layering/imports'],
    ['electron/services/x.node.tsx', importing('react-dom/client'), 'layering/imports'],
    ['electron/services/x.node.tsx', importing('react-intl'), 'layering/imports'],
    ['electron/services/x.node.tsx', "import { app } from 'electron';\nexport const b = app;", 'layering/imports'],
    ['electron/services/x.node.tsx', importing('../../renderer/app.js'), 'layering/imports'],
    ['electron/browser-host/x.node.ts', importing('react-dom/server'), 'layering/imports'],
    // The shared layer: no services, no Node.
    ['electron/common/x.ts', importing('../services/clock.node.js'), 'layering/imports'],
    ['electron/common/x.ts', "import { readFileSync } from 'node:fs';\nexport const b = readFileSync;", 'layering/imports'],
    // The browser host and the CLI: no Electron, no glue.
    ['electron/browser-host/x.node.ts', importing('../electron-main/main.main.js'), 'layering/imports'],
    ['electron/browser-host/x.node.ts', "import { app } from 'electron';\nexport const b = app;", 'layering/imports'],
    ['electron/cli/x.node.ts', importing('../browser-host/server.node.js'), 'layering/imports'],
    // In the glue's folder, a .node.ts decision module never imports electron.
    ['electron/electron-main/x.node.ts', "import { app } from 'electron';\nexport const b = app;", 'layering/imports'],
    ['electron/electron-main/x.ts', 'export const a = 1;', 'layering/imports'],
    // The preload sees neither services nor Node.
    ['electron/preload/x.preload.ts', importing('../services/clock.node.js'), 'layering/imports'],
    ['electron/preload/x.preload.ts', "import { readFileSync } from 'node:fs';\nexport const b = readFileSync;", 'layering/imports'],
    // The preload's folder holds preloads only, and a preload never reaches the main process's glue.
    ['electron/preload/x.main.ts', 'export const a = 1;', 'layering/imports'],
    ['electron/preload/x.preload.ts', importing('../electron-main/shell-policy.node.js'), 'layering/imports'],
    // Only rules/index.ts is public, whatever the extension written.
    ['renderer/x.ts', importing('../rules/facts/parse.js'), 'layering/imports'],
    ['electron/common/x.ts', importing('../../rules/parameters/policies.js'), 'layering/imports'],
    ['electron/services/x.node.ts', importing('../../rules/parameters/parameter.ts'), 'layering/imports'],
    ['electron/browser-host/x.node.ts', importing('../../rules/engine/evaluate.js'), 'layering/imports'],
  ])('%s: refuses %j', async (file, code, rule) => {
    expect((await problems(file, code)).some((p) => p.startsWith(rule))).toBe(true);
  });

  it.each([
    ['rules/x.ts', "import { z } from 'zod';\nimport { addDays } from './dates.js';\nexport const a = [z, addDays];"],
    // The French reasons are formatted in rules/words/ (ICU, a named locale).
    ['rules/x.ts', "import { IntlMessageFormat } from 'intl-messageformat';\nexport const f = new IntlMessageFormat('{n}', 'fr');"],
    ['rules/x.ts', "export const s = (1.5).toLocaleString('fr-FR');"],
    [
      'renderer/x.ts',
      "import { evaluate } from '../rules/index.js';\nimport { API } from '../electron/common/contract.js';\nexport const a = [evaluate, API];",
    ],
    [
      'electron/services/x.node.ts',
      "import { readFileSync } from 'node:fs';\nimport { evaluate } from '../../rules/index.js';\nexport const a = [readFileSync, evaluate];",
    ],
    [
      'electron/electron-main/x.main.ts',
      "import { app } from 'electron';\nimport { a } from '../services/clock.node.js';\nexport const b = [app, a];",
    ],
    ['electron/preload/x.preload.ts', "import { contextBridge } from 'electron';\nexport const a = contextBridge;"],
    ['electron/browser-host/x.node.ts', importing('../services/app.node.js')],
    [
      'electron/services/x.node.tsx',
      "import type { ReactNode } from 'react';\nimport { renderToStaticMarkup } from 'react-dom/server';\nexport const a = (n: ReactNode) => renderToStaticMarkup(n);",
    ],
    ['electron/electron-main/x.node.ts', importing('../services/app.node.js')],
    ['electron/cli/x.node.ts', importing('../../rules/index.ts')],
    // Tests may reach internals: they test them.
    ['tests/rules/x.test.ts', importing('../../rules/dates.js')],
  ])('%s: allows %j', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
