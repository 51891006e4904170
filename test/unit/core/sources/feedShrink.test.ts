import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Feed } from '../../../../src/core/model';
import { shrinkRefusal } from '../../../../src/core/sources/feedShrink';

const feedOf = (count: number, truncated?: boolean): Feed => ({
  format: 'rss', title: 'T', items: Array.from({ length: count }, (_, i) => ({ id: String(i), title: `#${i}`, categories: [] })),
  ...(truncated ? { truncated } : {}),
});
const cached = { items: 40, textLength: 400_000 };

describe('shrinkRefusal: a parse that lost most of a feed never replaces the cache', () => {
  test('fewer than half the articles from less than half the text is refused, naming both', () => {
    const message = shrinkRefusal('https://x/feed', cached, feedOf(5, true), 50_000);
    assert.equal(message, 'https://x/feed now reads as 5 of the 40 cached articles, from 13% of the text, and it ends before '
      + 'its closing tag, so the download looks cut short. The cached articles are kept.');
  });

  test('fewer articles from a text that is still long is accepted (a feed that shows fewer, longer posts)', () => {
    assert.equal(shrinkRefusal('u', cached, feedOf(5), 300_000), undefined);
  });

  test('a shorter text with most of the articles is accepted (a feed that now carries summaries)', () => {
    assert.equal(shrinkRefusal('u', cached, feedOf(30), 20_000), undefined);
  });

  test('without a cached text length (a cache from an older version) nothing is refused', () => {
    assert.equal(shrinkRefusal('u', { items: 40, textLength: 0 }, feedOf(1), 10), undefined);
    assert.equal(shrinkRefusal('u', undefined, feedOf(1), 10), undefined);
  });

  test('the same complete shorter feed a second time is accepted as the feed\'s new size', () => {
    const first = shrinkRefusal('u', cached, feedOf(5), 50_000);
    assert.match(first ?? '', /if the feed really shrank, the next refresh accepts it/);
    assert.equal(shrinkRefusal('u', cached, feedOf(5), 50_500, { items: 5, textLength: 50_000 }), undefined);
  });

  test('a truncated feed is refused however often it repeats, and a different shorter feed is refused again', () => {
    assert.ok(shrinkRefusal('u', cached, feedOf(5, true), 50_000, { items: 5, textLength: 50_000 }));
    assert.ok(shrinkRefusal('u', cached, feedOf(6), 60_000, { items: 5, textLength: 50_000 }));
  });
});
