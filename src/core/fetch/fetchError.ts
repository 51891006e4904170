/** Why a fetch failed, so callers can decide whether to retry, back off or tell the user to fix the address. */
export type FetchErrorKind = 'timeout' | 'http' | 'too-large' | 'too-many-redirects' | 'redirected-away' | 'network' | 'bad-url' | 'rate-limited';

/** A failed fetch whose `message` is written for the person who subscribed to the feed. */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  readonly kind: FetchErrorKind;
  /** HTTP status of the failing answer, when there was one. */
  readonly status?: number;
  /** How long the server asked us to wait (Retry-After), in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(kind: FetchErrorKind, message: string, details: { status?: number; retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}

/** "10 MB", "512 KB", "900 bytes": sizes as people say them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** "20 s", "0.3 s", "2 min", "1 h". */
export function formatDuration(ms: number): string {
  if (ms >= 3_600_000) return `${trimNumber(ms / 3_600_000)} h`;
  if (ms >= 60_000) return `${trimNumber(ms / 60_000)} min`;
  return `${trimNumber(ms / 1000)} s`;
}

function trimNumber(n: number): string {
  return String(Math.round(n * 10) / 10);
}
