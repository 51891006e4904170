/** The longest wait we honour: a server asking for more is treated as asking for an hour. */
export const maxRetryAfterMs = 60 * 60 * 1000;

/**
 * Milliseconds to wait from an HTTP Retry-After value: delay-seconds ("120") or an HTTP date.
 * Undefined when absent or unreadable; capped at an hour; a date in the past means 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let ms: number;
  if (/^\d+$/.test(text)) {
    ms = Number(text) * 1000;
  } else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), maxRetryAfterMs);
}
