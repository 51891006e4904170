import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relativeTime } from '../../../src/util/relativeTime';

const now = Date.parse('2026-11-23T12:00:00Z');

test('article rows say how long ago an article was published', () => {
  assert.equal(relativeTime('2026-11-20T12:00:00Z', now), '3 days ago');
  assert.equal(relativeTime('2026-11-23T09:00:00Z', now), '3 hours ago');
  assert.equal(relativeTime('2026-11-22T11:00:00Z', now), 'yesterday');
  assert.equal(relativeTime('2026-10-01T12:00:00Z', now), '2 months ago');
  assert.equal(relativeTime('2024-11-01T12:00:00Z', now), '2 years ago');
  assert.equal(relativeTime('2026-11-23T11:59:50Z', now), 'just now');
});

test('an article without a usable date shows no date rather than "Invalid Date"', () => {
  assert.equal(relativeTime(undefined, now), undefined);
  assert.equal(relativeTime('not a date', now), undefined);
});
