import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fetchArticlePage, summarizeArticlePage } from '../../../../src/core/article/fetchArticlePage';
import { FetchError } from '../../../../src/core/fetch/fetchError';
import { ArticlePageCache } from '../../../../src/core/storage/articlePageCache';
import { startLocalServer, type LocalServer } from '../fetch/localServer';

const pagesDir = path.resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'pages');
const ghost = fs.readFileSync(path.join(pagesDir, 'ghost.html'), 'utf8');

describe('fetchArticlePage over HTTP', () => {
  let server: LocalServer;
  before(async () => {
    server = await startLocalServer({
      '/post': (req, res) => {
        if (req.headers['if-none-match'] === '"p1"') return void res.writeHead(304, { etag: '"p1"' }).end();
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"p1"' }).end(ghost);
      },
      '/moved-here': (_req, res) => res.writeHead(301, { location: '/post' }).end(),
      '/away': (req, res) => res.writeHead(302, { location: `http://localhost:${String(req.headers.host).split(':')[1]}/post` }).end(),
      '/huge': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(4 * 1024 * 1024 + 1)),
    });
  });
  after(() => server.close());

  test('asks for HTML and extracts the article, keeping the validators', async () => {
    const page = await fetchArticlePage('item-1', server.url('/post'));
    assert.match(String(server.requests.at(-1)?.headers.accept), /^text\/html/);
    assert.equal(page.itemId, 'item-1');
    assert.equal(page.etag, '"p1"');
    assert.equal(page.article?.title, 'Background Jobs in Python with RQ and Redis');
    assert.deepEqual(summarizeArticlePage(page), { fetchedAt: page.fetchedAt, hasArticle: true, codeBlocks: 3, languages: ['python', 'yaml', 'bash'] });
  });

  test('a page that did not change (304) gives the cached article back, re-dated', async () => {
    const first = await fetchArticlePage('item-1', server.url('/post'));
    const again = await fetchArticlePage('item-1', server.url('/post'), { cached: first, now: () => new Date('2030-01-01T00:00:00Z') });
    assert.equal(again.fetchedAt, '2030-01-01T00:00:00.000Z');
    assert.deepEqual(again.article, first.article);
  });

  test('a redirect on the same site is followed, its final URL kept', async () => {
    const page = await fetchArticlePage('item-1', server.url('/moved-here'));
    assert.equal(page.finalUrl, server.url('/post'));
  });

  test('a redirect to another site is refused with a message naming it', async () => {
    await assert.rejects(fetchArticlePage('item-1', server.url('/away')), (error: unknown) => {
      assert.ok(error instanceof FetchError);
      assert.equal(error.kind, 'redirected-away');
      assert.match(error.message, /^127\.0\.0\.1:\d+ sent the page to another site \(localhost:\d+\), so it was not read$/);
      return true;
    });
  });

  test('a page over 4 MB is refused', async () => {
    await assert.rejects(fetchArticlePage('item-1', server.url('/huge')), /Page is larger than 4 MB/);
  });
});

describe('ArticlePageCache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tr-pages-'));
  const page = { schemaVersion: 1 as const, itemId: 'https://x/1?a=1', url: 'https://x/1', finalUrl: 'https://x/1', fetchedAt: '2026-01-01T00:00:00.000Z',
    article: { title: 'T', contentHtml: '<pre data-lang="go"><code>x</code></pre>', textLength: 1 } };
  const summary = { fetchedAt: page.fetchedAt, hasArticle: true, codeBlocks: 1, languages: ['go'] };

  test('writes a page and its index entry, and a new cache reads both back', async () => {
    await new ArticlePageCache(dir).write('src1', page, summary);
    const fresh = new ArticlePageCache(dir);
    assert.deepEqual(await fresh.read('src1', page.itemId), page);
    assert.deepEqual([...(await fresh.summaries('src1'))], [[page.itemId, summary]]);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'src1')).filter((f) => f.endsWith('.tmp')), [], 'no temp file left');
  });

  test('a damaged page file reads as missing and is reported', async () => {
    const problems: string[] = [];
    const cache = new ArticlePageCache(dir, (m) => problems.push(m));
    const file = fs.readdirSync(path.join(dir, 'src1')).find((f) => f !== 'index.json') as string;
    fs.writeFileSync(path.join(dir, 'src1', file), '{"schemaVersion": 1, "itemId": ');
    assert.equal(await cache.read('src1', page.itemId), undefined);
    assert.match(problems.join('\n'), /Ignored the damaged cache file/);
  });

  test('removing a source deletes its pages; a key that could climb out of the folder is refused', async () => {
    const cache = new ArticlePageCache(dir);
    await cache.removeSource('src1');
    assert.equal(fs.existsSync(path.join(dir, 'src1')), false);
    await assert.rejects(cache.write('../evil', page, summary), /Invalid cache key/);
  });
});
