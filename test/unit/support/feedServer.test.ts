import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startFeedServer, feedServerPaths, type FeedServer } from '../../support/feedServer';
import { feedServerControl } from '../../support/feedServerControl';
import { loadSeeds } from '../../support/seeds';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

// Raw http.get, not fetch: fetch would follow redirects and unzip, hiding what the server really sent.
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('feed server', () => {
  const seeds = loadSeeds();
  let server: FeedServer;
  before(async () => { server = await startFeedServer({ seeds }); });
  after(() => server.close());
  beforeEach(() => server.reset());

  test('serves every seed feed byte for byte at /<label>.xml on 127.0.0.1', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(server.seeds.map((seed) => seed.path).sort(),
      ['/docker.xml', '/forem.xml', '/freecodecamp.xml', '/medium.xml', '/substack.xml']);
    for (const seed of seeds) {
      const response = await get(server.urlOf(`/${seed.label}.xml`));
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-type'], 'application/rss+xml; charset=utf-8');
      assert.equal(response.body.toString('utf8'), seed.text, seed.label);
    }
  });

  test('answers 304 with no body when the ETag still matches, and counts both requests', async () => {
    const first = await get(server.urlOf('/forem.xml'));
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[0-9a-f]{16}"$/);
    const second = await get(server.urlOf('/forem.xml'), { 'if-none-match': etag });
    assert.equal(second.status, 304);
    assert.equal(second.body.length, 0);
    assert.equal(server.requestCount('/forem.xml'), 2);
    assert.deepEqual(server.requests.map((record) => record.status), [200, 304]);
    assert.equal(server.requests[1].headers['if-none-match'], etag);
  });

  test('a stale ETag gets the full feed again', async () => {
    const response = await get(server.urlOf('/forem.xml'), { 'if-none-match': '"stale"' });
    assert.equal(response.status, 200);
    assert.ok(response.body.length > 1000);
  });

  test('answers 304 to If-Modified-Since at or after Last-Modified, 200 before it', async () => {
    const first = await get(server.urlOf('/medium.xml'));
    const lastModified = String(first.headers['last-modified']);
    assert.equal((await get(server.urlOf('/medium.xml'), { 'if-modified-since': lastModified })).status, 304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    assert.equal((await get(server.urlOf('/medium.xml'), { 'if-modified-since': earlier })).status, 200);
  });

  test('gzips only when the client accepts gzip', async () => {
    const seed = seeds.find((s) => s.label === 'substack');
    assert.ok(seed);
    const zipped = await get(server.urlOf('/substack.xml'), { 'accept-encoding': 'gzip, deflate' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length < seed.text.length / 2);
    assert.equal(gunzipSync(zipped.body).toString('utf8'), seed.text);
    const plain = await get(server.urlOf('/substack.xml'));
    assert.equal(plain.headers['content-encoding'], undefined);
  });

  test('HEAD gets the headers without a body', async () => {
    const response = await get(server.urlOf('/docker.xml'), {}, 'HEAD');
    assert.equal(response.status, 200);
    assert.equal(response.body.length, 0);
    assert.ok(Number(response.headers['content-length']) > 1000);
  });

  test('failure routes answer 500, garbage, 429 with Retry-After and 404', async () => {
    assert.equal((await get(server.urlOf(feedServerPaths.serverError))).status, 500);
    const garbage = await get(server.urlOf(feedServerPaths.garbage));
    assert.equal(garbage.status, 200);
    assert.equal(garbage.body.toString('utf8'), '\u0000\u0001 this is <not <a feed');
    const limited = await get(server.urlOf(feedServerPaths.rateLimited));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers['retry-after'], '120');
    assert.equal((await get(server.urlOf('/nothing-here.xml'))).status, 404);
  });

  test('redirect chain goes 302 → 301 → the first seed feed, and the loop never ends', async () => {
    const target = server.seeds[0].path;
    const first = await get(server.urlOf(feedServerPaths.redirectChain));
    assert.equal(first.status, 302);
    assert.equal(first.headers.location, feedServerPaths.redirect301);
    const second = await get(server.urlOf(feedServerPaths.redirect301));
    assert.equal(second.status, 301);
    assert.equal(second.headers.location, target);
    const loopA = await get(server.urlOf(feedServerPaths.redirectLoop));
    assert.equal(loopA.headers.location, '/redirect/loop-b');
    const loopB = await get(server.urlOf('/redirect/loop-b'));
    assert.equal(loopB.headers.location, feedServerPaths.redirectLoop);
  });

  test('the discovery page links its RSS feed in <head>', async () => {
    const page = await get(server.urlOf(feedServerPaths.discoveryPage));
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(page.body.toString('utf8'),
      new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="Tutorials" href="${server.seeds[0].path}">`));
  });

  test('the hanging route never answers, and close() still ends it', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const request = http.get(server.urlOf(feedServerPaths.hang), () => resolve('answered'));
      request.setTimeout(300, () => { request.destroy(); resolve('timed out'); });
      request.on('error', () => undefined);
    });
    assert.equal(outcome, 'timed out');
    assert.equal(server.requests[0].status, undefined);
    const other = await startFeedServer({ seeds });
    const pending = new Promise<string>((resolve) => {
      http.get(other.urlOf(feedServerPaths.hang), () => resolve('answered')).on('error', () => resolve('closed'));
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await other.close();
    assert.equal(await pending, 'closed');
  });

  test('setResponse makes a working feed fail mid-test, reset brings it back', async () => {
    assert.equal((await get(server.urlOf('/docker.xml'))).status, 200);
    server.setResponse('/docker.xml', { status: 503, body: 'down', headers: { 'retry-after': '5' } });
    const failing = await get(server.urlOf('/docker.xml'));
    assert.equal(failing.status, 503);
    assert.equal(failing.body.toString('utf8'), 'down');
    assert.equal(failing.headers['retry-after'], '5');
    server.reset();
    assert.equal((await get(server.urlOf('/docker.xml'))).status, 200);
  });

  test('another process can program it through /__control, and control calls are not counted', async () => {
    const control = feedServerControl(server.url);
    await control.setResponse('/custom.json', { status: 200, body: '{"version":"https://jsonfeed.org/version/1.1"}', headers: { 'content-type': 'application/feed+json' } });
    const custom = await get(server.urlOf('/custom.json'));
    assert.equal(custom.headers['content-type'], 'application/feed+json');
    assert.equal(custom.body.toString('utf8'), '{"version":"https://jsonfeed.org/version/1.1"}');
    await get(server.urlOf('/custom.json'));
    assert.equal(await control.requestCount('/custom.json'), 2);
    assert.equal(await control.requestCount('/never.xml'), 0);
    await control.reset();
    assert.equal((await get(server.urlOf('/custom.json'))).status, 404);
    assert.deepEqual(server.requests.map((record) => record.path), ['/custom.json']);
  });

  test('a bad control call is refused with 400', async () => {
    const control = feedServerControl(server.url);
    await assert.rejects(control.setResponse('relative.xml', { status: 500 }), /400/);
  });
});
