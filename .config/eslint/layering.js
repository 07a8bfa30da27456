// Which layer may import which, in the spirit of VS Code's `code-layering`
// rule and Signal Desktop's file suffixes. Each relative import is resolved
// to a project path, then to its layer; bare package names are checked per
// layer. Specifiers are written with `.js` (Node ESM) but name `.ts` files:
// both are matched alike, so a suffix or a folder cannot be dodged by its
// extension.
import { builtinModules } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * The layers, by folder (first match wins). `suffixes`, where given, are the
 * file-name suffixes a file of the layer may carry, so that its name says
 * where it runs (Signal Desktop's `.node.ts`, `.main.ts`): in the Electron
 * glue's folder, a `.node.ts` file is a plain decision tested under Node.
 */
export const LAYERS = [
  { name: 'rules', folder: 'rules/' },
  { name: 'common', folder: 'electron/common/' },
  { name: 'services', folder: 'electron/services/', suffixes: ['node'] },
  { name: 'electron-main', folder: 'electron/electron-main/', suffixes: ['main', 'node'] },
  { name: 'electron-preload', folder: 'electron/preload/', suffixes: ['preload'] },
  { name: 'browser-host', folder: 'electron/browser-host/', suffixes: ['node'] },
  { name: 'cli', folder: 'electron/cli/', suffixes: ['node'] },
  { name: 'launcher', folder: 'electron/start.node.' },
  { name: 'renderer', folder: 'renderer/' },
];

/** The rules engine's one public entry point: everything else in rules/ is internal. */
const RULES_ENTRY = /^rules\/index\.(js|ts)$/;

/** A project path, relative to the root, with `/` separators and `.js` read as `.ts`. */
function projectPath(file) {
  return path.relative(ROOT, file).split(path.sep).join('/').replace(/\.js$/, '.ts');
}

export function layerOf(file) {
  const rel = projectPath(file);
  if (/\.preload\.tsx?$/.test(rel)) return 'electron-preload';
  return LAYERS.find((layer) => rel.startsWith(layer.folder))?.name ?? 'other';
}

const noElectron = (name) => name !== 'electron';
const noReact = (name) => !name.startsWith('react');
const nodeHost = (name) => noElectron(name) && noReact(name);
/** React renders the printed pages to static HTML on the host (react-dom/server): no DOM, no hooks into a screen. */
const SERVER_REACT = new Set(['react', 'react-dom/server']);

/** For each layer: the project layers it may import, and which packages it may use. */
export const POLICY = {
  rules: {
    layers: ['rules'],
    // intl-messageformat formats the French catalog's sentences (rules/words/): pure, with a named locale.
    packages: (name) => ['zod', 'intl-messageformat'].includes(name),
    why: 'rules/ is pure TypeScript: no I/O, no host, no UI',
  },
  common: {
    layers: ['common', 'rules'],
    packages: (name) => ['zod', 'intl-messageformat'].includes(name),
    why: 'the shared layer (API contract, catalogs) runs on every side: types, schemas and messages only',
  },
  services: {
    layers: ['services', 'common', 'rules'],
    packages: (name, specifier) => noElectron(name) && (noReact(name) || SERVER_REACT.has(specifier)),
    why: 'host services are plain Node modules that run without Electron, the browser host or the CLI',
  },
  'electron-main': {
    layers: ['electron-main', 'services', 'common', 'rules'],
    packages: noReact,
    why: 'the Electron glue wires services, it has no UI',
  },
  'electron-preload': {
    layers: ['electron-preload', 'common'],
    packages: (name) => name === 'electron',
    why: 'the preload only forwards API calls: it sees neither services nor Node',
  },
  'browser-host': {
    layers: ['browser-host', 'services', 'common', 'rules'],
    packages: nodeHost,
    why: 'the browser host serves the renderer over the services, without Electron',
  },
  cli: {
    layers: ['cli', 'services', 'common', 'rules'],
    packages: nodeHost,
    why: 'the command line runs the engine under Node, without Electron',
  },
  launcher: {
    layers: ['launcher', 'browser-host', 'services', 'common', 'rules'],
    packages: nodeHost,
    why: 'the launcher picks a host, it runs under plain Node',
  },
  renderer: {
    layers: ['renderer', 'rules', 'common'],
    packages: (name) => !NODE_BUILTINS.has(name) && !['electron', 'better-sqlite3'].includes(name),
    why: 'the renderer talks to the host only through the typed API',
  },
};

function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const imports = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      forbidden: '{{from}} may not import {{target}}: {{why}}.',
      internal: "{{from}} may not import rules/ internals ({{specifier}}): import from rules/index.ts, the engine's public surface.",
      suffix: 'files in {{folder}} end in {{suffixes}}, so that the name says where the file runs.',
      nodeOnly: 'a .node.ts file runs under plain Node: it may not import electron.',
    },
  },
  create(context) {
    const from = layerOf(context.filename);
    const policy = POLICY[from];
    const rel = projectPath(context.filename);
    const layer = LAYERS.find((l) => l.name === from);
    return {
      Program(node) {
        // A .tsx file (a printed page's markup) carries the same suffix before its extension.
        const suffixed = layer?.suffixes?.some((suffix) => rel.endsWith(`.${suffix}.ts`) || rel.endsWith(`.${suffix}.tsx`));
        if (layer?.suffixes && !suffixed) {
          context.report({
            node,
            messageId: 'suffix',
            data: { folder: layer.folder, suffixes: layer.suffixes.map((x) => `.${x}.ts`).join(' or ') },
          });
        }
      },
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
    };

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const resolved = path.resolve(path.dirname(context.filename), specifier);
        const target = layerOf(resolved);
        if (target === 'rules' && from !== 'rules' && !RULES_ENTRY.test(projectPath(resolved)) && from !== 'other') {
          context.report({ node, messageId: 'internal', data: { from, specifier } });
          return;
        }
        if (policy && !policy.layers.includes(target)) {
          context.report({ node, messageId: 'forbidden', data: { from, target: `${target} (${specifier})`, why: policy.why } });
        }
      } else if (/\.node\.tsx?$/.test(rel) && packageName(specifier) === 'electron') {
        context.report({ node, messageId: 'nodeOnly' });
      } else if (policy && !policy.packages(packageName(specifier), specifier)) {
        context.report({ node, messageId: 'forbidden', data: { from, target: specifier, why: policy.why } });
      }
    }
  },
};

export default { rules: { imports } };
