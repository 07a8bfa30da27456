// Each layer is type-checked with only the globals it may use (its own
// tsconfig.json): a probe file placed, in memory, in each layer's folder must
// compile with what the layer may touch and fail with what it may not.
import ts from 'typescript';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';

function diagnosticsFor(layer: string, code: string): string[] {
  const configPath = join(PROJECT_ROOT, layer, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(String(d.messageText));
      },
    },
  );
  if (!config) throw new Error(`no tsconfig for ${layer}`);
  const probe = join(PROJECT_ROOT, layer, '__layer_probe__.ts');
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (file === probe ? code : readFile(file));
  host.fileExists = (file) => file === probe || ts.sys.fileExists(file);
  host.getSourceFile = (file, language) => (file === probe ? ts.createSourceFile(file, code, language) : getSourceFile(file, language));
  const program = ts.createProgram([probe], config.options, host);
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('globals per layer', () => {
  it.each([
    ['rules', 'export const a = document.title;'],
    ['rules', "export const a = process.env['TZ'];"],
    ['rules', 'export const a = setTimeout;'],
    ['rules', 'export const a = Buffer.from("x");'],
    ['electron/common', 'export const a = window.location;'],
    ['electron/common', 'export const a = process.pid;'],
    ['renderer', 'export const a = process.cwd();'],
    ['renderer', "export const a = require('node:fs');"],
    ['electron', 'export const a = document.body;'],
  ])('%s refuses %j', (layer, code) => {
    expect(diagnosticsFor(layer, code)).not.toEqual([]);
  });

  it.each([
    ['rules', "export const a = new Intl.NumberFormat('fr-FR').format(1);"],
    ['electron/common', 'export const a = [1, 2].at(-1);'],
    ['renderer', 'export const a = document.title;'],
    ['electron', 'export const a = process.pid;'],
  ])('%s allows %j', (layer, code) => {
    expect(diagnosticsFor(layer, code)).toEqual([]);
  });
});
