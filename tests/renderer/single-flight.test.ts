// A creating action clicked twice while its host call is on its way runs once;
// once it has settled, well or not, it runs again.
import { describe, expect, it } from 'vitest';
import { SingleFlight } from '../../renderer/single-flight.js';

/** A host call that answers only when the test says. */
function heldCall() {
  let answer!: (value: string) => void;
  let fail!: (error: Error) => void;
  let calls = 0;
  const call = () => {
    calls += 1;
    return new Promise<string>((resolve, reject) => ((answer = resolve), (fail = reject)));
  };
  return { call, calls: () => calls, answer: (v: string) => answer(v), fail: (e: Error) => fail(e) };
}

describe('one creating call at a time', () => {
  it('ignores a second click while the first call is on its way', async () => {
    const flight = new SingleFlight();
    const host = heldCall();
    const first = flight.run(host.call);
    expect(flight.busy).toBe(true);
    expect(await flight.run(host.call)).toBeUndefined();
    expect(host.calls()).toBe(1);
    host.answer('V-1');
    expect(await first).toBe('V-1');
    expect(flight.busy).toBe(false);
  });

  it('runs again once the first call has answered', async () => {
    const flight = new SingleFlight();
    const host = heldCall();
    const first = flight.run(host.call);
    host.answer('V-1');
    await first;
    const second = flight.run(host.call);
    host.answer('V-2');
    expect(await second).toBe('V-2');
    expect(host.calls()).toBe(2);
  });

  it('runs again once the first call has failed, and passes its error on', async () => {
    const flight = new SingleFlight();
    const host = heldCall();
    const first = flight.run(host.call);
    host.fail(new Error('Le disque de ce poste est plein'));
    await expect(first).rejects.toThrow('Le disque de ce poste est plein');
    expect(flight.busy).toBe(false);
    const second = flight.run(host.call);
    host.answer('V-2');
    expect(await second).toBe('V-2');
  });
});
