// The visit screen's saves while the host's disk is full: each waits and is
// sent again until stored, in the order typed; any other failure is the
// screen's to show at once.
import { describe, expect, it } from 'vitest';
import { SaveQueue } from '../../renderer/visit/save-queue.js';

const full = Object.assign(new Error('Le disque de ce poste est plein'), { body: { code: 'disk-full' } });
const isFull = (error: unknown) => (error as { body?: { code?: string } }).body?.code === 'disk-full';

/** A host whose disk is full until `free()`; it records what it stored, in order. */
function host() {
  let isFullNow = true;
  const stored: string[] = [];
  return {
    stored,
    free: () => (isFullNow = false),
    save: (value: string) => async () => {
      if (isFullNow) throw full;
      stored.push(value);
      return value;
    },
  };
}

describe('saves while the disk is full', () => {
  it('keeps each save waiting, then stores them all in the order typed once space is back', async () => {
    const disk = host();
    const waits: string[] = [];
    let tries = 0;
    const queue = new SaveQueue({
      retryable: isFull,
      onWaiting: (error) => waits.push((error as Error).message),
      wait: async () => {
        tries += 1;
        if (tries === 3) disk.free();
      },
      delayMs: 5000,
    });
    const first = queue.run(disk.save('1950'));
    const second = queue.run(disk.save('1951'));
    expect(await first).toBe('1950');
    expect(await second).toBe('1951');
    expect(disk.stored).toEqual(['1950', '1951']); // the newer snapshot last: it is the one that stays
    expect(waits).toEqual(['Le disque de ce poste est plein', 'Le disque de ce poste est plein', 'Le disque de ce poste est plein']);
  });

  it('passes any other failure on at once, and the saves after it still run', async () => {
    const queue = new SaveQueue({ retryable: isFull, onWaiting: () => undefined, wait: async () => undefined, delayMs: 0 });
    const refused = queue.run(async () => {
      throw new Error('Réponse refusée');
    });
    await expect(refused).rejects.toThrow('Réponse refusée');
    expect(await queue.run(async () => 'ok')).toBe('ok');
  });

  it('gives up waiting once the screen is gone', async () => {
    const disk = host();
    const queue = new SaveQueue({ retryable: isFull, onWaiting: () => queue.stop(), wait: async () => undefined, delayMs: 0 });
    await expect(queue.run(disk.save('1950'))).rejects.toBe(full);
  });

  it('settles once every save queued so far is stored, so a read after it sees them all', async () => {
    const disk = host();
    let tries = 0;
    const queue = new SaveQueue({
      retryable: isFull,
      onWaiting: () => undefined,
      wait: async () => {
        tries += 1;
        if (tries === 2) disk.free();
      },
      delayMs: 5000,
    });
    void queue.run(disk.save('photo'));
    void queue.run(disk.save('timbre'));
    await queue.settled();
    expect(disk.stored).toEqual(['photo', 'timbre']);
  });

  it('settles after a save that fails for good too: a reader is never kept waiting', async () => {
    const queue = new SaveQueue({ retryable: () => false, onWaiting: () => undefined, wait: async () => undefined, delayMs: 0 });
    const failed = queue.run(async () => {
      throw new Error('refusé');
    });
    await expect(failed).rejects.toThrow('refusé');
    await expect(queue.settled()).resolves.toBeUndefined();
  });
});
