import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.js';
import { useTempDir } from '../support/temp-dir.js';

const tempDir = useTempDir();
const setup = (root: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/cli/kiosk-setup.node.ts'), '--root', root], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });

describe('npm run kiosk:setup', () => {
  it('installs the Chromium policies and a CUPS that keeps no job files, idempotently', () => {
    const root = tempDir();
    mkdirSync(join(root, 'etc/cups'), { recursive: true });
    const cupsd = join(root, 'etc/cups/cupsd.conf');
    writeFileSync(cupsd, 'LogLevel warn\nPreserveJobFiles Yes\n  preservejobhistory 30d\nListen localhost:631\n');
    expect(setup(root).status).toBe(0);
    const once = readFileSync(cupsd, 'utf8');
    expect(setup(root).status).toBe(0);
    expect(readFileSync(cupsd, 'utf8')).toBe(once);
    expect(once.match(/^\s*PreserveJob\w+ .*$/gim)).toEqual(['PreserveJobFiles No', 'PreserveJobHistory No']);
    expect(once).toMatch(/^LogLevel warn\nListen localhost:631\n/);

    const policies = JSON.parse(readFileSync(join(root, 'etc/chromium/policies/managed/dossier-complet.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(policies).toMatchObject({
      TaskManagerEnabled: false,
      DeveloperToolsAvailability: 2,
      IncognitoModeAvailability: 1,
      BrowserGuestModeEnabled: false,
      // chrome://* too: the '*' pattern does not cover Chromium's own pages (Ctrl+Shift+Delete opened its settings).
      URLBlocklist: ['*', 'chrome://*'],
      URLAllowlist: ['http://127.0.0.1', 'about:blank'],
    });
  });

  it('says what to do when CUPS is absent, and refuses a bad argument', () => {
    const result = setup(tempDir());
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/CUPS n’est pas installé/);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron/cli/kiosk-setup.node.ts'), '--rot'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^usage\u00a0: sudo npm run kiosk:setup/);
  });
});
