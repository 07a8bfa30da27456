// `npm run -s mode -- kiosk` (or `station`): changes what this machine is, a
// deliberate act at its keyboard (the other is « Usage du poste » on the
// counter's settings form). A kiosk's page cannot do it: the host refuses
// saveSettings on a kiosk. On a machine without settings yet, the mode waits
// for the first settings saved at the screen. Restart the app afterwards.
import { existsSync } from 'node:fs';
import { defaultDataDir, storeFile } from '../services/data-dir.node.js';
import { clearPendingMode, writePendingMode, type Mode } from '../services/pending-mode.node.js';
import { SessionStore } from '../services/store/session-store.node.js';

const USAGE = 'usage\u00a0: npm run -s mode -- kiosk|station   (borne en libre-service, ou guichet)';
const MODES = { kiosk: 'kiosk', borne: 'kiosk', station: 'station', guichet: 'station' } as const;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** A new machine: the mode waits for the first settings, which the counter's screen asks at the first start. */
function pending(dataDir: string, chosen: Mode): void {
  writePendingMode(dataDir, chosen);
  process.stdout.write(
    chosen === 'kiosk'
      ? 'Ce poste deviendra une borne en libre-service dès que ses paramètres seront enregistrés\u00a0: lancez «\u00a0npm start\u00a0», remplissez-les, puis relancez «\u00a0npm start\u00a0».\n'
      : 'Ce poste sera un guichet\u00a0: lancez «\u00a0npm start\u00a0» et enregistrez ses paramètres.\n',
  );
}

const [word, ...rest] = process.argv.slice(2);
const mode = word !== undefined && Object.hasOwn(MODES, word) ? MODES[word as keyof typeof MODES] : null;
if (!mode || rest.length > 0) fail(USAGE);
const dataDir = defaultDataDir();
const file = storeFile(dataDir);
const store = existsSync(file) ? SessionStore.open(file) : null;
try {
  const settings = store?.readSettings() ?? null;
  if (!store || !settings) {
    pending(dataDir, mode);
  } else {
    store.writeSettings({ ...settings, mode });
    clearPendingMode(dataDir);
    process.stdout.write(
      `Ce poste est maintenant ${mode === 'kiosk' ? 'une borne en libre-service' : 'un guichet'}\u00a0: relancez «\u00a0npm start\u00a0».\n`,
    );
  }
} finally {
  store?.close();
}
