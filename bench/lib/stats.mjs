// Small statistics over timing samples (milliseconds).

export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile; 0 for no values. */
export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

export const bytesPerMB = 1e6;

/** Megabytes per second for `bytes` handled in `ms`. */
export function mbPerSecond(bytes, ms) {
  return ms > 0 ? (bytes / bytesPerMB) / (ms / 1000) : 0;
}

export function utf8Bytes(text) {
  return Buffer.byteLength(text ?? '', 'utf8');
}
