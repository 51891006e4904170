import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as zlib from 'node:zlib';
import { fetchFeed } from '../../../../src/core/fetch/fetchFeed';
import { FetchError } from '../../../../src/core/fetch/fetchError';
import { loadSeeds } from '../../../support/seeds';
import { deadPort, startLocalServer, type LocalServer } from './localServer';

const seed = loadSeeds().find((s) => s.label === 'freecodecamp')!;
const rss = 'application/rss+xml; charset=utf-8';
const lastModified = 'Wed, 01 Jan 2025 10:00:00 GMT';
const latin1Feed = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0"><channel><title>Café crème à la française</title></channel></rss>';

async function rejection(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FetchError, `expected a FetchError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the fetch to fail');
}

describe('fetchFeed over HTTP', () => {
  let server: LocalServer;
  const gzipped = zlib.gzipSync(seed.text);
  const brotli = zlib.brotliCompressSync(seed.text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
  before(async () => {
    server = await startLocalServer({
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
        res.writeHead(200, { 'content-type': rss, etag: '"v1"', 'last-modified': lastModified }).end(seed.text);
      },
      '/dated.xml': (req, res) => {
        if (req.headers['if-modified-since'] === lastModified) return void res.writeHead(304).end();
        res.writeHead(200, { 'content-type': rss, 'last-modified': lastModified }).end(seed.text);
      },
      '/gzip.xml': (req, res) => {
        assert.match(String(req.headers['accept-encoding']), /gzip/);
        res.writeHead(200, { 'content-type': rss, 'content-encoding': 'gzip' }).end(gzipped);
      },
      '/brotli.xml': (_req, res) => res.writeHead(200, { 'content-type': rss, 'content-encoding': 'br' }).end(brotli),
      '/moved': (_req, res) => res.writeHead(301, { location: '/feed.xml' }).end(),
      '/moved-twice': (_req, res) => res.writeHead(308, { location: '/moved' }).end(),
      '/temporary': (_req, res) => res.writeHead(302, { location: 'temporary-2' }).end(),
      '/temporary-2': (_req, res) => res.writeHead(307, { location: '/moved' }).end(),
      '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/elsewhere': (_req, res) => res.writeHead(302, { location: 'ftp://example.com/feed' }).end(),
      '/error': (_req, res) => res.writeHead(500).end('boom'),
      '/unavailable': (_req, res) => res.writeHead(503, { 'retry-after': '30' }).end(),
      '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end(),
      '/hang': () => { /* never answers */ },
      '/big': (_req, res) => res.writeHead(200, { 'content-type': rss }).end('x'.repeat(5000)),
      '/endless': (_req, res) => {
        // No Content-Length and no end: only reading the stream and stopping can protect us.
        res.writeHead(200, { 'content-type': rss });
        const chunk = 'y'.repeat(1024);
        const timer = setInterval(() => res.write(chunk), 1);
        res.on('close', () => clearInterval(timer));
      },
      '/latin1.xml': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.from(latin1Feed, 'latin1')),
      '/cp1252': (_req, res) => res.writeHead(200, { 'content-type': 'text/xml; charset=windows-1252' }).end(Buffer.from([0x80, 0x20, 0x93, 0x71, 0x94])),
      '/bom.xml': (_req, res) => res.writeHead(200, { 'content-type': rss }).end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss/>')])),
    });
  });
  after(() => server.close());

  test('a feed arrives whole, with its validators', async () => {
    const result = await fetchFeed(server.url('/feed.xml'));
    assert.equal(result.status, 'ok');
    assert.ok(result.status === 'ok');
    assert.equal(result.text, seed.text);
    assert.equal(result.url, server.url('/feed.xml'));
    assert.equal(result.contentType, rss);
    assert.equal(result.etag, '"v1"');
    assert.equal(result.lastModified, lastModified);
    assert.equal(result.redirected, false);
    assert.equal(result.permanentRedirect, undefined);
  });

  test('an unchanged feed (same ETag) is reported as not modified', async () => {
    const result = await fetchFeed(server.url('/feed.xml'), { etag: '"v1"' });
    assert.deepEqual(result, { status: 'not-modified', url: server.url('/feed.xml'), etag: '"v1"', lastModified: undefined });
  });

  test('an unchanged feed (same Last-Modified) is reported as not modified', async () => {
    const result = await fetchFeed(server.url('/dated.xml'), { lastModified });
    assert.deepEqual(result, { status: 'not-modified', url: server.url('/dated.xml'), etag: undefined, lastModified });
  });

  test('gzip and brotli bodies are decompressed', async () => {
    for (const route of ['/gzip.xml', '/brotli.xml']) {
      const result = await fetchFeed(server.url(route));
      assert.ok(result.status === 'ok');
      assert.equal(result.text, seed.text, route);
    }
  });

  test('a feed that moved for good (301) reports its new address', async () => {
    const result = await fetchFeed(server.url('/moved'));
    assert.ok(result.status === 'ok');
    assert.equal(result.url, server.url('/feed.xml'));
    assert.equal(result.redirected, true);
    assert.equal(result.permanentRedirect, server.url('/feed.xml'));
    assert.equal(result.text, seed.text);
  });

  test('two permanent hops (308 then 301) still report the final address', async () => {
    const result = await fetchFeed(server.url('/moved-twice'));
    assert.ok(result.status === 'ok');
    assert.equal(result.permanentRedirect, server.url('/feed.xml'));
  });

  test('a chain with a temporary hop (302, relative Location) is followed but not reported as a move', async () => {
    const result = await fetchFeed(server.url('/temporary'));
    assert.ok(result.status === 'ok');
    assert.equal(result.url, server.url('/feed.xml'));
    assert.equal(result.redirected, true);
    assert.equal(result.permanentRedirect, undefined);
  });

  test('a redirect loop stops after maxRedirects', async () => {
    const error = await rejection(fetchFeed(server.url('/loop'), { maxRedirects: 3 }));
    assert.equal(error.kind, 'too-many-redirects');
    assert.equal(error.message, 'Too many redirects (more than 3)');
    const loops = server.requests.filter((r) => r.url === '/loop').length;
    assert.equal(loops, 4);
  });

  test('a redirect to a non-web address is refused', async () => {
    const error = await rejection(fetchFeed(server.url('/elsewhere')));
    assert.equal(error.kind, 'bad-url');
    assert.match(error.message, /redirected to ftp:\/\/example\.com\/feed, which is not a web address/);
  });

  test('a server error says what the server answered', async () => {
    const error = await rejection(fetchFeed(server.url('/error')));
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 500);
    assert.equal(error.message, `Server answered 500 Internal Server Error for ${server.url('/error')}`);
  });

  test('503 with Retry-After keeps the wait for the scheduler', async () => {
    const error = await rejection(fetchFeed(server.url('/unavailable')));
    assert.equal(error.kind, 'http');
    assert.equal(error.retryAfterMs, 30_000);
  });

  test('429 is rate-limited with the Retry-After wait', async () => {
    const error = await rejection(fetchFeed(server.url('/busy')));
    assert.equal(error.kind, 'rate-limited');
    assert.equal(error.status, 429);
    assert.equal(error.retryAfterMs, 120_000);
    assert.equal(error.message, `${new URL(server.url('/')).host} is limiting requests: it answered 429 Too Many Requests (try again in 2 min)`);
  });

  test('a server that never answers times out with a clear message', async () => {
    const started = Date.now();
    const error = await rejection(fetchFeed(server.url('/hang'), { timeoutMs: 300 }));
    assert.equal(error.kind, 'timeout');
    assert.equal(error.message, `No answer from ${new URL(server.url('/')).host} within 0.3 s`);
    assert.ok(Date.now() - started < 3000);
  });

  test('a caller can cancel; the abort reason comes through', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(server.url('/hang'), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    await assert.rejects(pending, { message: 'user cancelled' });
  });

  test('a body over maxBytes is refused', async () => {
    const error = await rejection(fetchFeed(server.url('/big'), { maxBytes: 1000 }));
    assert.equal(error.kind, 'too-large');
    assert.equal(error.message, 'Feed is larger than 1000 bytes');
  });

  test('an endless body is cut off once it passes maxBytes', async () => {
    const error = await rejection(fetchFeed(server.url('/endless'), { maxBytes: 64 * 1024, timeoutMs: 5000 }));
    assert.equal(error.kind, 'too-large');
    assert.equal(error.message, 'Feed is larger than 64 KB');
  });

  test('a dead port is a network error naming the host', async () => {
    const port = await deadPort();
    const error = await rejection(fetchFeed(`http://127.0.0.1:${port}/feed.xml`));
    assert.equal(error.kind, 'network');
    assert.equal(error.message, `Could not reach 127.0.0.1:${port}: connection refused`);
  });

  test('an ISO-8859-1 feed is decoded by its XML declaration', async () => {
    const result = await fetchFeed(server.url('/latin1.xml'));
    assert.ok(result.status === 'ok');
    assert.equal(result.text, latin1Feed);
  });

  test('the charset in Content-Type decodes windows-1252 quotes and the euro sign', async () => {
    const result = await fetchFeed(server.url('/cp1252'));
    assert.ok(result.status === 'ok');
    assert.equal(result.text, '€ “q”');
  });

  test('a UTF-8 byte-order mark is dropped', async () => {
    const result = await fetchFeed(server.url('/bom.xml'));
    assert.ok(result.status === 'ok');
    assert.equal(result.text, '<rss/>');
  });
});

describe('fetchFeed from disk and bad addresses', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fetch-feed-'));
  const file = path.join(dir, 'feed é.xml');
  fs.writeFileSync(file, seed.text);
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a local path is read like a download', async () => {
    const result = await fetchFeed(file);
    assert.ok(result.status === 'ok');
    assert.equal(result.text, seed.text);
    assert.equal(result.url, pathToFileURL(file).href);
    assert.equal(result.redirected, false);
  });

  test('a file: URL is read; an unchanged file is not modified, an edited one is read again', async () => {
    const first = await fetchFeed(pathToFileURL(file).href);
    assert.ok(first.status === 'ok');
    assert.equal(first.text, seed.text);
    const again = await fetchFeed(pathToFileURL(file).href, { etag: first.etag, lastModified: first.lastModified });
    assert.equal(again.status, 'not-modified');
    assert.equal((await fetchFeed(file, { lastModified: first.lastModified })).status, 'not-modified');
    // Edited within the same second: only the ETag can tell.
    fs.appendFileSync(file, '\n');
    const edited = await fetchFeed(file, { etag: first.etag, lastModified: first.lastModified });
    assert.ok(edited.status === 'ok');
    assert.equal(edited.text, `${seed.text}\n`);
  });

  test('a missing file says so', async () => {
    const missing = path.join(dir, 'nope.xml');
    const error = await rejection(fetchFeed(missing));
    assert.equal(error.message, `File not found: ${missing}`);
  });

  test('maxBytes applies to files too', async () => {
    fs.writeFileSync(file, seed.text);
    const error = await rejection(fetchFeed(file, { maxBytes: 1024 }));
    assert.equal(error.kind, 'too-large');
    assert.equal(error.message, 'Feed is larger than 1 KB');
  });

  test('a folder is not a feed', async () => {
    const error = await rejection(fetchFeed(dir));
    assert.equal(error.kind, 'bad-url');
    assert.equal(error.message, `${dir} is a folder, not a feed file`);
  });

  test('other schemes are refused', async () => {
    const error = await rejection(fetchFeed('ftp://example.com/feed.xml'));
    assert.equal(error.kind, 'bad-url');
    assert.equal(error.message, 'Only http(s) and file addresses can be fetched, not "ftp:" (ftp://example.com/feed.xml)');
  });
});
