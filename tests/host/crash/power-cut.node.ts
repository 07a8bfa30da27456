// Child process for the power-cut runs (crash-runs.test.ts): says "open",
// opens the store (migrating an older schema), then either purges (one
// transaction) or writes visits, printing each step once it is committed
// (acknowledged). The test kills it with SIGKILL at a random instant.
import { SessionStore } from '../../../electron/services/store/session-store.node.js';

const [mode, file, tag] = process.argv.slice(2) as ['write' | 'purge', string, string];
process.stdout.write('open\n');
const store = SessionStore.open(file);
process.stdout.write('migrated\n');
if (mode === 'purge') {
  const removed = store.purge('2026-06-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z');
  process.stdout.write(`purged ${removed}\n`);
}
for (let i = 0; ; i += 1) {
  const reference = `${tag}-${i}`;
  store.createVisit({ reference, createdAt: '2026-06-15T08:00:00.000Z', depositDate: '2026-06-15', mode: 'station' });
  const id = store.addApplicant(reference, { titles: ['cni'], birthDate: '1990-01-01' })!;
  store.setPieceStatus(reference, id, 'photo', 'presented');
  process.stdout.write(`ack ${reference}\n`);
}
