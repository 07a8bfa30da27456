// The soak bench's small version, for CI: two short days on the real hosts
// (the first the warm-up, as in the week), failing on any API error, on a
// purge that leaves the first day's visits, or on memory grown beyond a
// generous bound. The week itself is a bench (npm run bench -- --only soak).
import { describe, expect, it } from 'vitest';
import { NO_CHROMIUM } from '../support/needs.js';
import { soakFigures } from './soak.bench.js';
import { describeDay, runSoak } from './soak/run-soak.js';

/** Generous: a real leak over a day's load (a page, a visit list or a statement kept per call) passes these within hours. */
const HOST_GROWTH_BOUND_MB = 60;
const RENDERER_GROWTH_BOUND_MB = 150;

describe.skipIf(NO_CHROMIUM)('a short soak on the real hosts', () => {
  it('runs two days with no error, purges the first at the second night, and grows within bounds', { timeout: 300_000 }, async () => {
    const lines: string[] = [];
    const days = await runSoak({ days: 2, scale: 0.02, retentionDays: 1, log: (line) => lines.push(line) });
    const figures = soakFigures(days, 1);
    const [first, second] = days;
    expect(first!.firstErrors.concat(second!.firstErrors), lines.join('\n')).toEqual([]);
    expect(figures['soak.errors']).toBe(0);
    expect(first!.visits).toBeGreaterThan(0);
    expect(first!.imports).toBeGreaterThan(0);
    // Retention of one day: the second night erases every visit of the first (those opened at the counter and the imported ones).
    expect(second!.purged, describeDay(second!)).toBe(first!.visits + first!.imports);
    expect(second!.walAfterPurgeMb, 'the WAL is truncated after a purge').toBe(0);
    expect(figures['soak.host_rss_growth_mb'], lines.join('\n')).toBeLessThan(HOST_GROWTH_BOUND_MB);
    expect(figures['soak.receipt_chromium_private_growth_mb'], lines.join('\n')).toBeLessThan(RENDERER_GROWTH_BOUND_MB);
    expect(first!.stationChromiumPrivateMb, 'the receipt renderer is found and measured').toBeGreaterThan(0);
  });
});
