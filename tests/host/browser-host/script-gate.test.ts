// The kiosk-escape tests hold the page's scripts until they have sent their keys
// (DOSSIER_COMPLET_HOLD_SCRIPTS): the HTML comes at once, a script only once the
// gate opens, and without the variable nothing is held.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptGateFromEnv, untilFileExists } from '../../../electron/browser-host/script-gate.node.js';
import { startBrowserHost } from '../../../electron/browser-host/server.node.js';
import { useTempDir } from '../../support/temp-dir.js';
import { PAGE, startTestHost } from './harness.js';

const tempDir = useTempDir();
const PENDING = Symbol('pending');
/** What `promise` gave within `ms`, or PENDING: a held request must still be pending then. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<typeof PENDING>((resolve) => setTimeout(() => resolve(PENDING), ms))]);

describe('the page’s scripts held behind a gate', () => {
  it('serves the HTML at once and a script only once the gate opens', async () => {
    const dir = tempDir();
    // The harness's two-file renderer and handlers, served again with a gate.
    const plain = await startTestHost(dir);
    await plain.host.close();
    const gate = join(dir, 'open');
    const host = await startBrowserHost({
      rendererDir: join(dir, 'renderer'),
      handlers: plain.handlers,
      log: () => undefined,
      holdScripts: scriptGateFromEnv({ DOSSIER_COMPLET_HOLD_SCRIPTS: gate }),
    });
    try {
      const cookie = (await fetch(host.launchUrl(), { redirect: 'manual' })).headers.get('set-cookie')!.split(';')[0]!;
      const get = (path: string) => fetch(`${host.url}${path}`, { headers: { Cookie: cookie } });
      expect(await (await get('')).text()).toBe(PAGE);
      const script = get('assets/app.js');
      expect(await within(script, 300)).toBe(PENDING);
      writeFileSync(gate, '');
      const served = await script;
      expect(served.status).toBe(200);
      expect(await served.text()).toBe('console.log(1);');
    } finally {
      await host.close();
      plain.store.close();
    }
  });

  it('holds nothing without the variable', () => {
    expect(scriptGateFromEnv({})).toBeUndefined();
    expect(scriptGateFromEnv({ DOSSIER_COMPLET_HOLD_SCRIPTS: '' })).toBeUndefined();
  });

  it('opens when the file appears, not before', async () => {
    const file = join(tempDir(), 'later');
    const opened = untilFileExists(file, 10);
    expect(await within(opened, 100)).toBe(PENDING);
    writeFileSync(file, '');
    await expect(opened).resolves.toBeUndefined();
  });
});
