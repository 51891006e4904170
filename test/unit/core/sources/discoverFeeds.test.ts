import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { discoverFeeds } from '../../../../src/core/sources/discoverFeeds';

const fixture = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../../../test/fixtures/discovery', name), 'utf8');

test('a WordPress page lists its head\'s feeds in order, resolved against <base href>, each once', () => {
  assert.deepEqual(discoverFeeds(fixture('wordpress-blog.html'), 'https://notes.example.org/blog/2025/01/rust-intro/'), [
    { url: 'https://notes.example.org/blog/feed/', title: 'Ada\'s Dev Notes » Feed', type: 'application/rss+xml' },
    { url: 'https://notes.example.org/blog/comments/feed/', title: 'Ada\'s Dev Notes » Comments Feed', type: 'application/rss+xml' },
    { url: 'https://notes.example.org/wp-json/wp/v2/pages/12', type: 'application/json' },
  ]);
});

test('without <base>, relative feed links resolve against the page URL', () => {
  assert.deepEqual(discoverFeeds(fixture('ghost-publication.html'), 'https://publication.example.com/news/'), [
    { url: 'https://publication.example.com/news/rss.xml', title: 'Programming Tutorials', type: 'application/rss+xml' },
    { url: 'https://publication.example.com/news/feed.json', title: 'JSON Feed', type: 'application/feed+json' },
  ]);
});

test('a page without feed links gives nothing (plain <a> links are not guessed at)', () => {
  assert.deepEqual(discoverFeeds(fixture('no-feed.html'), 'https://example.com/'), []);
});

test('odd markup still works: upper-case attributes, type parameters, non-web links skipped', () => {
  const html = '<HTML><HEAD><LINK REL="Alternate" TYPE="Application/RSS+XML; charset=utf-8" HREF="/rss">'
    + '<link rel="alternate" type="application/atom+xml" href="javascript:void(0)">'
    + '<link rel="alternate" type="application/atom+xml" href="">'
    + '<link rel="alternate" type="application/atom+xml" href="http://[bad">'
    + '<link rel="feed" type="application/atom+xml" href="atom">';
  assert.deepEqual(discoverFeeds(html, 'http://example.com/x/'), [
    { url: 'http://example.com/rss', type: 'application/rss+xml' },
    { url: 'http://example.com/x/atom', type: 'application/atom+xml' },
  ]);
});
