// `npm run -s mode -- kiosk` (or `station`): the one way to change what this
// machine is, a deliberate act at its keyboard. The page cannot do it: the
// host refuses saveSettings on a kiosk and keeps the stored mode elsewhere.
// Restart the app afterwards.
import { existsSync } from 'node:fs';
import { defaultDataDir, storeFile } from '../services/data-dir.node.js';
import { SessionStore } from '../services/store/session-store.node.js';

const USAGE = 'usage : npm run -s mode -- kiosk|station   (borne en libre-service, ou guichet)';
const MODES = { kiosk: 'kiosk', borne: 'kiosk', station: 'station', guichet: 'station' } as const;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const [word, ...rest] = process.argv.slice(2);
const mode = word !== undefined && Object.hasOwn(MODES, word) ? MODES[word as keyof typeof MODES] : null;
if (!mode || rest.length > 0) fail(USAGE);
const file = storeFile(defaultDataDir());
if (!existsSync(file)) fail(`Aucune donnée dans ${defaultDataDir()} : lancez d’abord « npm start » et enregistrez les paramètres.`);
const store = SessionStore.open(file);
try {
  const settings = store.readSettings();
  if (!settings) fail('Ce poste n’est pas encore configuré : lancez « npm start » et enregistrez les paramètres.');
  store.writeSettings({ ...settings, mode });
  process.stdout.write(
    `Ce poste est maintenant ${mode === 'kiosk' ? 'une borne en libre-service' : 'un guichet'} : relancez « npm start ».\n`,
  );
} finally {
  store.close();
}
