import { ConcurrencyLimiter } from './concurrencyLimiter';
import { FetchError } from './fetchError';
import { maxRetryAfterMs } from './retryAfter';

export interface RequestSchedulerOptions {
  /** Requests in flight at once. Default 4. */
  maxConcurrent?: number;
  /** The clock, in epoch milliseconds; injectable so backoff can be tested without waiting. */
  now?: () => number;
  /** 0 ≤ x < 1, for jitter. */
  random?: () => number;
  /** Wait after the first failure; doubled per further failure. Default 1 min. */
  firstBackoffMs?: number;
  /** Default 1 h. */
  maxBackoffMs?: number;
}

/** Thrown instead of contacting a host that is backing off; carries the failure that caused it. */
export class BackoffError extends Error {
  override readonly name = 'BackoffError';
  constructor(readonly host: string, readonly retryAt: number, reason: string, now: number) {
    super(`${reason} (waiting ${Math.max(1, Math.ceil((retryAt - now) / 60_000))} min before trying ${host} again)`);
  }
}

interface HostBackoff {
  failures: number;
  until: number;
  reason: string;
}

/**
 * Shares the network politely: a few requests at a time, and per-host backoff after failures —
 * a 429's Retry-After is honoured, 5xx, timeouts and network errors back off exponentially with jitter.
 * Scheduled refreshes skip a host that is backing off; a manual refresh goes ahead anyway.
 */
export class RequestScheduler {
  private readonly _limiter: ConcurrencyLimiter;
  private readonly _hosts = new Map<string, HostBackoff>();
  private readonly _now: () => number;
  private readonly _random: () => number;
  private readonly _firstBackoffMs: number;
  private readonly _maxBackoffMs: number;

  constructor(options: RequestSchedulerOptions = {}) {
    this._limiter = new ConcurrencyLimiter(options.maxConcurrent ?? 4);
    this._now = options.now ?? Date.now;
    this._random = options.random ?? Math.random;
    this._firstBackoffMs = options.firstBackoffMs ?? 60_000;
    this._maxBackoffMs = options.maxBackoffMs ?? maxRetryAfterMs;
  }

  /**
   * Runs `task` (a request to `url`) when a slot is free, recording how it went for the URL's host.
   * Unless `manual`, rejects with a BackoffError while the host is backing off.
   */
  async run<T>(url: string, task: () => Promise<T>, options: { manual?: boolean } = {}): Promise<T> {
    const host = hostOf(url);
    const guard = () => {
      if (host && !options.manual) this._throwIfBackingOff(host);
    };
    guard();
    return this._limiter.run(async () => {
      // Checked again: a request to the same host may have failed while this one waited.
      guard();
      try {
        const result = await task();
        this.recordSuccess(url);
        return result;
      } catch (error) {
        this.recordFailure(url, error);
        throw error;
      }
    });
  }

  /** When the host may be contacted again (epoch ms), or undefined if it is not backing off. */
  nextAllowedAt(host: string): number | undefined {
    const state = this._hosts.get(host.toLowerCase());
    return state && state.until > this._now() ? state.until : undefined;
  }

  isBackingOff(url: string): boolean {
    const host = hostOf(url);
    return host !== undefined && this.nextAllowedAt(host) !== undefined;
  }

  recordSuccess(url: string): void {
    const host = hostOf(url);
    if (host) this._hosts.delete(host);
  }

  /** Backs the host off for failures that mean "not now"; an answer like 404 shows the host is fine. */
  recordFailure(url: string, error: unknown): void {
    const host = hostOf(url);
    if (!host || !(error instanceof FetchError)) return;
    const transient = error.kind === 'rate-limited' || error.kind === 'timeout' || error.kind === 'network'
      || (error.kind === 'http' && (error.status ?? 0) >= 500);
    if (!transient) {
      this._hosts.delete(host);
      return;
    }
    const failures = (this._hosts.get(host)?.failures ?? 0) + 1;
    const exponential = Math.min(this._maxBackoffMs, this._firstBackoffMs * 2 ** (failures - 1));
    const jittered = exponential * (0.75 + 0.5 * this._random());
    // The server's own Retry-After beats our guess, whichever kind of failure carried it.
    const delay = Math.min(this._maxBackoffMs, error.retryAfterMs ?? jittered);
    this._hosts.set(host, { failures, until: this._now() + delay, reason: error.message });
  }

  private _throwIfBackingOff(host: string): void {
    const until = this.nextAllowedAt(host);
    if (until !== undefined) throw new BackoffError(host, until, this._hosts.get(host)!.reason, this._now());
  }
}

/** The host a URL's requests go to (with port), lower-case; undefined for files and non-URLs. */
function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
