// The visit screen's saves, one after the other. While the host answers
// that its disk is full, a save waits and is sent again until it is stored,
// and the saves typed meanwhile queue behind it: what the agent typed stays
// on screen and reaches the database in the order it was typed (an older
// snapshot of the answers never overwrites a newer one).

export interface SaveQueueOptions {
  /** Whether this failure is worth waiting out (the host's `disk-full`); any other is the caller's. */
  retryable(error: unknown): boolean;
  /** Told each time a save waits, with the host's error (its French message is for the status line). */
  onWaiting(error: unknown): void;
  wait(ms: number): Promise<void>;
  delayMs: number;
}

export class SaveQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: SaveQueueOptions) {}

  /** Runs `request` after the saves before it; resolves once it is stored, or rejects with a non-retryable error. */
  run<T>(request: () => Promise<T>): Promise<T> {
    const turn = this.tail.then(() => this.attempt(request));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /**
   * Resolves once every save queued so far is stored or failed: what reads the stored visit (the
   * receipt) waits for it, or it would print a piece as « à vérifier » a moment after it was ticked.
   */
  settled(): Promise<void> {
    return this.tail.then(() => undefined);
  }

  /** The screen is gone: waiting saves give up at their next try. */
  stop(): void {
    this.stopped = true;
  }

  /** The screen is (again) on the page: React may unmount and mount it again in development. */
  start(): void {
    this.stopped = false;
  }

  private async attempt<T>(request: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await request();
      } catch (error) {
        if (this.stopped || !this.options.retryable(error)) throw error;
        this.options.onWaiting(error);
        await this.options.wait(this.options.delayMs);
      }
    }
  }
}
