import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRetryAfter } from '../../../../src/core/fetch/retryAfter';

const now = Date.parse('Wed, 01 Jan 2025 10:00:00 GMT');

test('Retry-After in seconds becomes milliseconds', () => {
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
});

test('Retry-After as an HTTP date is the time until then', () => {
  assert.equal(parseRetryAfter('Wed, 01 Jan 2025 10:05:00 GMT', now), 5 * 60_000);
  assert.equal(parseRetryAfter('Wed, 01 Jan 2025 09:00:00 GMT', now), 0);
});

test('Retry-After is capped at an hour and ignored when unreadable', () => {
  assert.equal(parseRetryAfter('86400', now), 3_600_000);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter('', now), undefined);
  assert.equal(parseRetryAfter(null, now), undefined);
});
