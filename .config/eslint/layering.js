// Which layer may import which, in the spirit of VS Code's `code-layering`
// rule and Signal Desktop's file suffixes. Each import is resolved to a file
// path, then to its layer; bare package names are checked per layer.
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** The layer of a project file: the folder, and in electron/ the Electron glue by suffix. */
function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('rules/')) return 'rules';
  if (rel.startsWith('renderer/')) return 'renderer';
  if (rel.startsWith('electron/api/')) return 'api';
  if (/^electron\/.*\.(main|preload)\.ts$/.test(rel)) return 'electron-glue';
  if (rel.startsWith('electron/')) return 'host';
  return 'other';
}

/** For each layer: the project layers it may import, and which packages it may not. */
const POLICY = {
  rules: { layers: ['rules'], packages: (name) => name === 'zod', why: 'rules/ is pure TypeScript: no I/O, no host, no UI' },
  api: { layers: ['api', 'rules'], packages: (name) => ['zod', 'intl-messageformat'].includes(name), why: 'the API contract is shared by host and renderer: types, schemas and message catalogs only' },
  renderer: { layers: ['renderer', 'rules', 'api'], packages: (name) => !NODE_BUILTINS.has(name) && !['electron', 'better-sqlite3'].includes(name),
    why: 'the renderer talks to the host only through the typed API' },
  host: { layers: ['host', 'api', 'rules'], packages: (name) => name !== 'electron' && !name.startsWith('react'),
    why: 'host services are plain Node modules that run without Electron (only *.main.ts and *.preload.ts import electron)' },
  'electron-glue': { layers: ['electron-glue', 'host', 'api', 'rules'], packages: (name) => !name.startsWith('react'), why: 'the Electron glue wires services, it has no UI' },
};

function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const imports = {
  meta: { type: 'problem', schema: [], messages: { forbidden: '{{from}} may not import {{target}}: {{why}}.' } },
  create(context) {
    const from = layerOf(context.filename);
    const policy = POLICY[from];
    if (!policy) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const target = layerOf(path.resolve(path.dirname(context.filename), specifier));
        if (!policy.layers.includes(target)) context.report({ node, messageId: 'forbidden', data: { from, target: `${target} (${specifier})`, why: policy.why } });
      } else if (!policy.packages(packageName(specifier))) {
        context.report({ node, messageId: 'forbidden', data: { from, target: specifier, why: policy.why } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
    };
  },
};

export default { rules: { imports } };
