// A minimal DevTools protocol client over Chromium's `--remote-debugging-pipe`:
// Chromium reads commands on its fd 3 and writes answers and events on its
// fd 4, one JSON message each, ended by a NUL byte. A pipe, not a TCP port:
// only the process that started Chromium holds its ends, no other local
// program can drive the kiosk's browser.
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
interface Message {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message?: string };
}

export class CdpPipe {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (result: Params) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Map<string, ((params: Params) => void)[]>();
  private chunks: Buffer[] = [];
  private isClosed = false;

  constructor(
    private readonly toChromium: Writable,
    fromChromium: Readable,
  ) {
    fromChromium.on('data', (chunk: Buffer) => this.receive(chunk));
    const end = () => this.close();
    fromChromium.on('end', end).on('close', end).on('error', end);
    // Chromium gone: a write fails with EPIPE; the pending calls are rejected by close().
    toChromium.on('error', end);
  }

  /** A command; rejects on a protocol error or when the pipe closes first. */
  send(method: string, params: Params = {}): Promise<Params> {
    if (this.isClosed) return Promise.reject(new Error(`devtools pipe closed (${method})`));
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.toChromium.write(`${JSON.stringify({ id, method, params })}\0`);
    });
  }

  on(event: string, listener: (params: Params) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  /** Chromium has gone (or the host let go): every call from now on is refused. */
  get closed(): boolean {
    return this.isClosed;
  }

  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const { reject } of this.pending.values()) reject(new Error('devtools pipe closed'));
    this.pending.clear();
  }

  private receive(chunk: Buffer): void {
    // A message may arrive in pieces, or several in one chunk.
    let start = 0;
    for (let nul = chunk.indexOf(0); nul !== -1; nul = chunk.indexOf(0, start)) {
      this.chunks.push(chunk.subarray(start, nul));
      const text = Buffer.concat(this.chunks).toString('utf8');
      this.chunks = [];
      start = nul + 1;
      this.dispatch(text);
    }
    if (start < chunk.length) this.chunks.push(chunk.subarray(start));
  }

  private dispatch(text: string): void {
    let message: Message;
    try {
      message = JSON.parse(text) as Message;
    } catch {
      return; // not ours to crash on: Chromium speaks JSON; anything else is dropped
    }
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) call?.reject(new Error(message.error.message ?? 'devtools error'));
      else call?.resolve(message.result ?? {});
    } else if (message.method) {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {});
    }
  }
}
