import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingMinutes, readingTimeLabel } from '../../../src/preview/readingTime';

test('reading time is words at 200 a minute', () => {
  assert.equal(readingMinutes('word '.repeat(1200)), 6);
  assert.equal(readingTimeLabel(6), '6 min read');
});

test('a short article still takes a minute', () => {
  assert.equal(readingMinutes('Hello'), 1);
  assert.equal(readingMinutes(''), 1);
});

test('link targets and markup are not counted as words', () => {
  const link = '[docs](https://example.com/a/very/long/path/with/many/parts) ';
  assert.equal(readingMinutes(link.repeat(300)), 2);
  assert.equal(readingMinutes('## *** --- ``` '.repeat(500)), 1);
});
