// The devtools pipe's framing: NUL-ended JSON messages, which the pipe may
// cut anywhere or pack several to a chunk. Chromium's side is played by two
// plain streams here; the real Chromium is on the other end in
// window-watchdog.test.ts and the X kiosk test.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CdpPipe } from '../../../electron/browser-host/cdp-pipe.node.js';

function pair() {
  const toChromium = new PassThrough();
  const fromChromium = new PassThrough();
  const sent: unknown[] = [];
  toChromium.on('data', (chunk: Buffer) =>
    sent.push(
      ...chunk
        .toString()
        .split('\0')
        .filter(Boolean)
        .map((m) => JSON.parse(m) as unknown),
    ),
  );
  return { pipe: new CdpPipe(toChromium, fromChromium), fromChromium, sent };
}
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the devtools pipe', () => {
  it('sends one NUL-ended message per command, numbered', async () => {
    const { pipe, sent } = pair();
    void pipe.send('Target.setDiscoverTargets', { discover: true });
    void pipe.send('Target.getTargets');
    await tick();
    expect(sent).toEqual([
      { id: 1, method: 'Target.setDiscoverTargets', params: { discover: true } },
      { id: 2, method: 'Target.getTargets', params: {} },
    ]);
  });

  it('answers each call with its own reply, whatever the cut of the chunks', async () => {
    const { pipe, fromChromium } = pair();
    const first = pipe.send('A');
    const second = pipe.send('B');
    const events: unknown[] = [];
    pipe.on('Target.targetCreated', (params) => events.push(params));
    const stream = `${JSON.stringify({ id: 2, result: { b: 'é' } })}\0${JSON.stringify({ method: 'Target.targetCreated', params: { n: 1 } })}\0${JSON.stringify({ id: 1, result: { a: 1 } })}\0`;
    const bytes = Buffer.from(stream);
    // Cut inside a message and inside the two bytes of "é".
    const cut = bytes.indexOf(Buffer.from('é')) + 1;
    fromChromium.write(bytes.subarray(0, 5));
    fromChromium.write(bytes.subarray(5, cut));
    fromChromium.write(bytes.subarray(cut));
    expect(await second).toEqual({ b: 'é' });
    expect(await first).toEqual({ a: 1 });
    expect(events).toEqual([{ n: 1 }]);
  });

  it('rejects a call Chromium refuses, and drops what is not JSON', async () => {
    const { pipe, fromChromium } = pair();
    const call = pipe.send('Target.attachToTarget');
    fromChromium.write(`not json\0${JSON.stringify({ id: 1, error: { code: -32000, message: 'Not allowed' } })}\0`);
    await expect(call).rejects.toThrow('Not allowed');
  });

  it('rejects pending and later calls once Chromium has gone', async () => {
    const { pipe, fromChromium } = pair();
    const call = pipe.send('Target.getTargets');
    fromChromium.end();
    await expect(call).rejects.toThrow('closed');
    await expect(pipe.send('Target.getTargets')).rejects.toThrow('closed');
  });
});
