import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Feed } from '../../../../src/core/model';
import { FeedCache, type CachedFeed } from '../../../../src/core/storage/feedCache';

const feed: Feed = {
  format: 'rss',
  title: 'Docker tutorials',
  link: 'https://www.freecodecamp.org/news/tag/docker/',
  items: [{ id: 'https://example.com/a', title: 'Multi-stage builds', categories: ['docker'], contentHtml: '<pre><code>FROM node:20</code></pre>' }],
};
const entry: CachedFeed = {
  schemaVersion: 1,
  url: 'https://www.freecodecamp.org/news/tag/docker/rss.xml',
  fetchedAt: '2025-01-01T10:00:00.000Z',
  etag: '"abc"',
  lastModified: 'Wed, 01 Jan 2025 10:00:00 GMT',
  feed,
};

describe('FeedCache', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'feed-cache-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  let n = 0;
  const fresh = () => {
    const dir = path.join(root, `c${n++}`, 'feeds');
    const problems: string[] = [];
    const cache = new FeedCache(dir, { onProblem: (m) => problems.push(m), now: () => new Date('2025-02-03T04:05:06.000Z') });
    return { dir, cache, problems };
  };

  test('what is written is read back, and the folder is created on first write', async () => {
    const { cache, problems } = fresh();
    assert.equal(await cache.read('k1'), undefined);
    await cache.write('k1', entry);
    assert.deepEqual(await cache.read('k1'), entry);
    assert.deepEqual(problems, []);
  });

  test('a corrupt cache file reads as missing, is reported, and is replaced by the next write', async () => {
    const { dir, cache, problems } = fresh();
    await cache.write('k1', entry);
    const file = path.join(dir, 'k1.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 40));
    assert.equal(await cache.read('k1'), undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0], new RegExp(`^Ignored the corrupt cached feed ${file.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: `));
    await cache.write('k1', entry);
    assert.deepEqual(await cache.read('k1'), entry);
  });

  test('a cache file from another schema version reads as missing', async () => {
    const { dir, cache, problems } = fresh();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'k1.json'), JSON.stringify({ ...entry, schemaVersion: 2 }));
    assert.equal(await cache.read('k1'), undefined);
    assert.deepEqual(problems, [`Ignored the cached feed ${path.join(dir, 'k1.json')}: it is not in the expected format (schema version 1)`]);
  });

  test('a failed refresh keeps the last good feed and records the error', async () => {
    const { cache } = fresh();
    await cache.write('k1', entry);
    await cache.recordError('k1', 'No answer from www.freecodecamp.org within 20 s');
    assert.deepEqual(await cache.read('k1'), { ...entry, lastError: { message: 'No answer from www.freecodecamp.org within 20 s', at: '2025-02-03T04:05:06.000Z' } });
    // The next good write clears it.
    await cache.write('k1', { ...entry, lastError: undefined });
    assert.equal((await cache.read('k1'))?.lastError, undefined);
  });

  test('an error for a source never fetched leaves nothing behind', async () => {
    const { dir, cache } = fresh();
    await cache.recordError('k1', 'Could not reach example.com: connection refused');
    assert.equal(await cache.read('k1'), undefined);
    assert.equal(fs.existsSync(path.join(dir, 'k1.json')), false);
  });

  test('remove deletes the entry; removing a missing one is fine', async () => {
    const { cache } = fresh();
    await cache.write('k1', entry);
    await cache.remove('k1');
    assert.equal(await cache.read('k1'), undefined);
    await cache.remove('k1');
  });

  test('a write and an error record racing on one key both land, in order', async () => {
    const { cache } = fresh();
    await Promise.all([cache.write('k1', entry), cache.recordError('k1', 'later failure')]);
    assert.equal((await cache.read('k1'))?.lastError?.message, 'later failure');
  });

  test('two caches (two windows) writing one key at once end with one valid file', async () => {
    const { dir, cache } = fresh();
    const other = new FeedCache(dir, { onProblem: () => undefined });
    const writes = Array.from({ length: 30 }, (_, i) => (i % 2 ? cache : other).write('k1', { ...entry, fetchedAt: `2025-01-01T10:00:${String(i).padStart(2, '0')}.000Z` }));
    await Promise.all(writes);
    const result = await cache.read('k1');
    assert.ok(result);
    assert.match(result.fetchedAt, /^2025-01-01T10:00:\d\d\.000Z$/);
    assert.deepEqual(fs.readdirSync(dir), ['k1.json']);
  });

  test('keys that could escape the folder are refused', async () => {
    const { cache } = fresh();
    await assert.rejects(cache.write('../evil', entry), { message: 'Invalid cache key "../evil"' });
  });

  test('temp files left by an old crash are swept on the first write; fresh ones are left alone', async () => {
    const { dir, cache } = fresh();
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, '.k1.json.123.abcdef012345.tmp');
    const recent = path.join(dir, '.k2.json.456.abcdef012345.tmp');
    fs.writeFileSync(stale, 'half');
    fs.writeFileSync(recent, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(stale, twoHoursAgo, twoHoursAgo);
    await cache.write('k1', entry);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.k2.json.456.abcdef012345.tmp', 'k1.json']);
  });
});
