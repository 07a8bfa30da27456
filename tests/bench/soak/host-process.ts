// The station's host for the soak, in a process of its own so that its RSS
// is the host's alone (services, store, HTTP server, the receipt renderer's
// driver), not the bench's: the real browser host on a real SQLite file,
// with a clock the bench moves over IPC (no real waiting for days to pass).
import { fixedClock } from '../../../electron/services/clock.node.js';
import { purgeExpired } from '../../../electron/services/retention.node.js';
import type { Settings } from '../../../electron/common/contract.js';
import { startStation } from '../../e2e/station-harness.js';

export type HostRequest =
  { id: number; op: 'setTime'; iso: string } | { id: number; op: 'purge' } | { id: number; op: 'stats' } | { id: number; op: 'stop' };
export interface HostStats {
  rss: number;
  heapUsed: number;
}

const [dataDir, startIso, settingsJson] = process.argv.slice(2);
const clock = fixedClock(startIso!);
const station = await startStation(dataDir!, clock, JSON.parse(settingsJson!) as Settings);
const send = (message: unknown) => process.send!(message);
send({ ready: true, url: station.host.url, token: station.host.token });

process.on('message', (request: HostRequest) => {
  void (async () => {
    switch (request.op) {
      case 'setTime':
        clock.advance(new Date(request.iso).getTime() - clock.now().getTime());
        return send({ id: request.id, value: null });
      case 'purge':
        // What the hourly schedule runs (retention.node.ts), at the hour the bench chose.
        return send({ id: request.id, value: purgeExpired(station.services.store, clock) });
      case 'stats': {
        global.gc?.();
        const { rss, heapUsed } = process.memoryUsage();
        return send({ id: request.id, value: { rss, heapUsed } satisfies HostStats });
      }
      case 'stop':
        await station.stop();
        send({ id: request.id, value: null });
        process.disconnect();
    }
  })().catch((error: unknown) => send({ id: request.id, error: String(error) }));
});
