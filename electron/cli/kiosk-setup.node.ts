// `sudo npm run kiosk:setup` on a lobby kiosk (once, and after each update):
// installs the Chromium enterprise policies (resources/kiosk/chromium-policies.json:
// no task manager, devtools, incognito, guest or new profiles, only the host's
// address) and makes CUPS keep no job files or history
// (resources/kiosk/cups-no-job-files.conf). `--root DIR` writes under DIR
// instead of / (to review the result, or in tests). Idempotent.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCupsBlock } from './cups-block.node.js';

const RESOURCES = fileURLToPath(new URL('../../resources/kiosk/', import.meta.url));
const POLICY_FILE = 'etc/chromium/policies/managed/dossier-complet.json';
const CUPSD_CONF = 'etc/cups/cupsd.conf';
const N = '\u00a0';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? args[rootIndex + 1] : '/';
if (!root || args.length !== (rootIndex >= 0 ? 2 : 0))
  fail(`usage${N}: sudo npm run kiosk:setup   (ou -- --root DOSSIER pour écrire ailleurs que dans /)`);
if (root === '/' && process.getuid?.() !== 0) fail(`Il faut être administrateur${N}: lancez «${N}sudo npm run kiosk:setup${N}».`);

const policy = join(root, POLICY_FILE);
mkdirSync(dirname(policy), { recursive: true });
writeFileSync(policy, readFileSync(join(RESOURCES, 'chromium-policies.json')), { mode: 0o644 });

const cupsd = join(root, CUPSD_CONF);
const block = readFileSync(join(RESOURCES, 'cups-no-job-files.conf'), 'utf8');
const cupsPresent = existsSync(cupsd);
if (cupsPresent) writeFileSync(cupsd, withCupsBlock(readFileSync(cupsd, 'utf8'), block));

process.stdout.write(`Politiques de Chromium installées${N}: ${policy}\n`);
process.stdout.write(
  cupsPresent
    ? `CUPS ne gardera ni fichiers ni historique des impressions${N}: ${cupsd} (redémarrez CUPS${N}: «${N}systemctl restart cups${N}»).\n`
    : `CUPS n’est pas installé (${cupsd} absent)${N}: relancez ce programme après l’avoir installé.\n`,
);
process.stdout.write(
  `Ensuite${N}: «${N}npm run -s mode -- kiosk${N}», puis «${N}npm start${N}» sous le compte de la borne (pas root, pour garder le bac à sable de Chromium).\n`,
);
