import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../../../../src/core/feed/parseFeed';
import { resolveSource } from '../../../../src/core/sources/resolveSource';
import { looksLikeHtml } from '../../../../src/core/feed/sniffFeedText';
import { loadSeeds } from '../../../support/seeds';
import { deadPort, startLocalServer, type LocalServer } from '../fetch/localServer';

const seeds = loadSeeds();
const freecodecamp = seeds.find((s) => s.label === 'freecodecamp')!;
const docker = seeds.find((s) => s.label === 'docker')!;
const html = (head: string) => `<!DOCTYPE html>\n<html><head><title>Blog</title>${head}</head><body><p>Posts</p></body></html>`;
const send = (type: string, body: string) => (_req: unknown, res: import('node:http').ServerResponse) => res.writeHead(200, { 'content-type': type }).end(body);

describe('resolveSource', () => {
  let server: LocalServer;
  before(async () => {
    server = await startLocalServer({
      '/news/rss.xml': send('application/rss+xml', freecodecamp.text),
      '/docker.xml': send('text/html', docker.text), // mislabelled, as real servers do
      '/blog/': send('text/html; charset=utf-8', html('<link rel="alternate" type="application/rss+xml" title="Blog feed" href="../news/rss.xml">')),
      '/fallback/': send('text/html', html('<link rel="alternate" type="application/rss+xml" href="/missing.xml">'
        + '<link rel="alternate" type="application/atom+xml" href="/blog/">'
        + '<link rel="alternate" type="application/rss+xml" href="/docker.xml">')),
      '/broken/': send('text/html', html('<link rel="alternate" type="application/rss+xml" href="/missing.xml">')),
      '/plain/': send('text/html', html('')),
      '/notes.txt': send('text/plain', 'just some notes, not a feed'),
      '/old-feed': (_req, res) => res.writeHead(301, { location: '/news/rss.xml' }).end(),
    });
  });
  after(() => server.close());

  test('a feed URL is taken as is, with the feed and its title', async () => {
    const resolved = await resolveSource(`  ${server.url('/news/rss.xml')}  `);
    const expected = parseFeed(freecodecamp.text, server.url('/news/rss.xml'));
    assert.equal(resolved.url, server.url('/news/rss.xml'));
    assert.equal(resolved.title, expected.title);
    assert.deepEqual(resolved.feed, expected);
  });

  test('a blog\'s page leads to the feed it links to', async () => {
    const resolved = await resolveSource(server.url('/blog/'));
    assert.equal(resolved.url, server.url('/news/rss.xml'));
    assert.equal(resolved.feed.items.length, parseFeed(freecodecamp.text).items.length);
  });

  test('linked feeds that fail (404, a page) are skipped for the next one that reads', async () => {
    const resolved = await resolveSource(server.url('/fallback/'));
    assert.equal(resolved.url, server.url('/docker.xml'));
    assert.equal(resolved.title, parseFeed(docker.text).title);
  });

  test('a feed that moved for good is stored at its new address', async () => {
    assert.equal((await resolveSource(server.url('/old-feed'))).url, server.url('/news/rss.xml'));
  });

  test('a page without feed links says no feed was found', async () => {
    await assert.rejects(resolveSource(server.url('/plain/')), { message: `No feed found on ${server.url('/plain/')}: the page does not link to an RSS, Atom or JSON feed` });
  });

  test('a page whose only feed is dead says why', async () => {
    await assert.rejects(resolveSource(server.url('/broken/')), {
      message: `${server.url('/broken/')} links to a feed, but none could be read: Server answered 404 Not Found for ${server.url('/missing.xml')}`,
    });
  });

  test('something that is neither feed nor page is refused', async () => {
    await assert.rejects(resolveSource(server.url('/notes.txt')), { message: `${server.url('/notes.txt')} is plain text, not a feed (it starts “just some notes, not a feed”)` });
  });

  test('a dead address and a refused scheme give clear messages', async () => {
    const port = await deadPort();
    await assert.rejects(resolveSource(`http://127.0.0.1:${port}/feed`), { message: `Could not reach 127.0.0.1:${port}: connection refused` });
    await assert.rejects(resolveSource('ftp://example.com/feed'), { message: '"ftp://example.com/feed" is not a feed address: only http(s) and file addresses are supported' });
    await assert.rejects(resolveSource(''), { message: 'No address given' });
  });

  test('a local feed file works by path and by file: URL', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'resolve-source-'));
    try {
      const file = path.join(dir, 'feed.xml');
      fs.writeFileSync(file, docker.text);
      assert.equal((await resolveSource(file)).url, file);
      const byUrl = await resolveSource(pathToFileURL(file).href);
      assert.equal(byUrl.url, pathToFileURL(file).href);
      assert.equal(byUrl.feed.items.length, parseFeed(docker.text).items.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('pages are told from feeds by their first markup', () => {
  assert.equal(looksLikeHtml('\uFEFF  <!-- hi --><!DOCTYPE html><html>'), true);
  assert.equal(looksLikeHtml('<html lang="en"><head>'), true);
  for (const seed of seeds) assert.equal(looksLikeHtml(seed.text), false, seed.label);
  assert.equal(looksLikeHtml('{"version":"https://jsonfeed.org/version/1.1"}'), false);
});
