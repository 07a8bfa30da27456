// Child process for the crash test: writes visits as fast as it can and
// prints each reference once its transaction is committed (acknowledged).
import { SessionStore } from '../../../electron/services/store/session-store.node.js';

const store = SessionStore.open(process.argv[2]!);
for (let i = 0; ; i += 1) {
  const reference = `C${String(i % 1000)
    .padStart(2, '0')
    .slice(-2)}-${i}`;
  store.createVisit({ reference, createdAt: new Date(0).toISOString(), depositDate: '2026-06-15', mode: 'station' });
  const id = store.addApplicant(reference, { titles: ['cni'], birthDate: '1990-01-01' })!;
  store.setPieceStatus(reference, id, 'photo', 'presented');
  process.stdout.write(`${reference}\n`);
}
