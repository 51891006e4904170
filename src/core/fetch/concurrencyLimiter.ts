/** Runs at most `limit` tasks at once; the rest wait their turn in order. */
export class ConcurrencyLimiter {
  private _active = 0;
  private readonly _waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError(`A concurrency limit must be at least 1, not ${limit}`);
  }

  /** Tasks running now. */
  get active(): number {
    return this._active;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this._active < this.limit) this._active++;
    else await new Promise<void>((resolve) => this._waiting.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so a newcomer cannot jump the queue.
      const next = this._waiting.shift();
      if (next) next();
      else this._active--;
    }
  }
}
