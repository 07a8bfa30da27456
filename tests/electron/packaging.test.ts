// electron-builder.yml as electron-builder itself reads it: its own schema
// validation (a misspelt fuse or option fails here, not on the release
// machine), and the fuses the packaged binary must carry.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/paths.js';

// electron-builder's validator (app-builder-lib is its engine, installed with it).
const { validateConfiguration } = createRequire(join(PROJECT_ROOT, 'package.json'))('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debug: { add(key: string, value: unknown): void; isEnabled: boolean }): Promise<void>;
};
const quiet = { add: () => {}, isEnabled: false };
const config = () => parse(readFileSync(join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config(), quiet)).resolves.toBeUndefined();
  });

  it('the validator refuses a misspelt fuse (so the check above can fail)', async () => {
    await expect(validateConfiguration({ ...config(), electronFuses: { runAsNod: false } }, quiet)).rejects.toThrow(/electronFuses/);
  });

  it('flips the fuses that would let anyone run other code with the app', () => {
    expect(config()['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app in an asar (which onlyLoadAppFromAsar requires), native SQLite unpacked beside it', () => {
    expect(config()['asar']).not.toBe(false);
    expect(config()['asarUnpack']).toContain('node_modules/better-sqlite3/**');
  });
});
