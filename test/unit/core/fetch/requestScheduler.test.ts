import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { RequestScheduler, BackoffError } from '../../../../src/core/fetch/requestScheduler';
import { ConcurrencyLimiter } from '../../../../src/core/fetch/concurrencyLimiter';
import { FetchError } from '../../../../src/core/fetch/fetchError';
import { fetchFeed } from '../../../../src/core/fetch/fetchFeed';
import { startLocalServer } from './localServer';

const minute = 60_000;

function clock(start = Date.parse('2025-01-01T10:00:00Z')) {
  const state = { t: start };
  return { now: () => state.t, advance: (ms: number) => { state.t += ms; } };
}

const serverError = new FetchError('http', 'Server answered 500 Internal Server Error for https://a.example/feed', { status: 500 });
const fail = (error: unknown) => () => Promise.reject(error);

describe('ConcurrencyLimiter', () => {
  test('never runs more than its limit at once, and runs everything in order', async () => {
    const limiter = new ConcurrencyLimiter(4);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => limiter.run(async () => {
      started.push(i);
      peak = Math.max(peak, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return i * 2;
    })));
    assert.equal(peak, 4);
    assert.deepEqual(started, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(results, [0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
    assert.equal(limiter.active, 0);
  });

  test('a failing task frees its slot', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await assert.rejects(limiter.run(fail(new Error('x'))), { message: 'x' });
    assert.equal(await limiter.run(async () => 'next'), 'next');
  });
});

describe('RequestScheduler backoff', () => {
  test('a 5xx backs the host off for a minute, then 2, then 4 (no jitter at random 0.5)', async () => {
    const time = clock();
    const scheduler = new RequestScheduler({ now: time.now, random: () => 0.5 });
    const start = time.now();
    for (const expected of [1, 2, 4]) {
      await assert.rejects(scheduler.run('https://a.example/feed', fail(serverError), { manual: true }));
      assert.equal(scheduler.nextAllowedAt('a.example'), time.now() + expected * minute);
    }
    assert.equal(time.now(), start);
  });

  test('backoff never exceeds an hour', async () => {
    const time = clock();
    const scheduler = new RequestScheduler({ now: time.now, random: () => 0.999 });
    for (let i = 0; i < 12; i++) await assert.rejects(scheduler.run('https://a.example/feed', fail(serverError), { manual: true }));
    assert.equal(scheduler.nextAllowedAt('a.example'), time.now() + 60 * minute);
  });

  test('jitter spreads the first wait between 45 and 75 seconds', () => {
    for (const [random, expected] of [[0, 45_000], [0.999999, 74_999.97]] as const) {
      const time = clock();
      const scheduler = new RequestScheduler({ now: time.now, random: () => random });
      scheduler.recordFailure('https://a.example/feed', serverError);
      assert.ok(Math.abs(scheduler.nextAllowedAt('a.example')! - time.now() - expected) < 1);
    }
  });

  test('a scheduled refresh skips a backing-off host without calling it; a manual one goes ahead', async () => {
    const time = clock();
    const scheduler = new RequestScheduler({ now: time.now, random: () => 0.5 });
    scheduler.recordFailure('https://a.example/feed', serverError);
    let calls = 0;
    const task = async () => ++calls;
    await assert.rejects(scheduler.run('https://A.example/other', task), (error: unknown) => {
      assert.ok(error instanceof BackoffError);
      assert.equal(error.message, 'Server answered 500 Internal Server Error for https://a.example/feed (waiting 1 min before trying a.example again)');
      assert.equal(error.retryAt, time.now() + minute);
      return true;
    });
    assert.equal(calls, 0);
    assert.equal(await scheduler.run('https://a.example/feed', task, { manual: true }), 1);
    assert.equal(scheduler.isBackingOff('https://a.example/feed'), false, 'a success clears the backoff');
  });

  test('other hosts and local files are not held back', async () => {
    const time = clock();
    const scheduler = new RequestScheduler({ now: time.now });
    scheduler.recordFailure('https://a.example/feed', serverError);
    assert.equal(scheduler.isBackingOff('https://a.example/x'), true);
    assert.equal(scheduler.isBackingOff('https://b.example/x'), false);
    assert.equal(scheduler.isBackingOff('https://a.example:8443/x'), false);
    scheduler.recordFailure('file:///tmp/feed.xml', new FetchError('network', 'File not found: /tmp/feed.xml'));
    assert.equal(scheduler.isBackingOff('file:///tmp/feed.xml'), false);
    assert.equal(await scheduler.run('/tmp/feed.xml', async () => 'read'), 'read');
  });

  test('the wait ends when the clock passes it', () => {
    const time = clock();
    const scheduler = new RequestScheduler({ now: time.now, random: () => 0.5 });
    scheduler.recordFailure('https://a.example/feed', new FetchError('timeout', 'No answer from a.example within 20 s'));
    time.advance(minute - 1);
    assert.equal(scheduler.isBackingOff('https://a.example/feed'), true);
    time.advance(1);
    assert.equal(scheduler.isBackingOff('https://a.example/feed'), false);
    assert.equal(scheduler.nextAllowedAt('a.example'), undefined);
  });

  test('a 404 is the feed\'s problem, not the host\'s: no backoff, and earlier failures are forgotten', () => {
    const time = clock();
    const scheduler = new RequestScheduler({ now: time.now });
    scheduler.recordFailure('https://a.example/feed', serverError);
    scheduler.recordFailure('https://a.example/feed', new FetchError('http', 'Server answered 404 Not Found', { status: 404 }));
    assert.equal(scheduler.isBackingOff('https://a.example/feed'), false);
  });

  test('a real 429 with Retry-After holds the host for exactly that long', async () => {
    const server = await startLocalServer({ '/busy': (_req, res) => res.writeHead(429, { 'retry-after': '90' }).end() });
    try {
      const time = clock();
      const scheduler = new RequestScheduler({ now: time.now, random: () => 0 });
      const url = server.url('/busy');
      await assert.rejects(scheduler.run(url, () => fetchFeed(url)), { name: 'FetchError' });
      assert.equal(scheduler.nextAllowedAt(new URL(url).host), time.now() + 90_000);
      await assert.rejects(scheduler.run(url, () => fetchFeed(url)), { name: 'BackoffError' });
      assert.equal(server.requests.length, 1);
    } finally {
      await server.close();
    }
  });

  test('a Retry-After longer than an hour is capped at an hour', () => {
    const time = clock();
    const scheduler = new RequestScheduler({ now: time.now });
    scheduler.recordFailure('https://a.example/feed', new FetchError('rate-limited', 'slow down', { status: 429, retryAfterMs: 5 * 60 * minute }));
    assert.equal(scheduler.nextAllowedAt('a.example'), time.now() + 60 * minute);
  });

  test('at most four requests run at once by default', async () => {
    const scheduler = new RequestScheduler();
    let running = 0;
    let peak = 0;
    await Promise.all(Array.from({ length: 9 }, (_, i) => scheduler.run(`https://h${i}.example/feed`, async () => {
      peak = Math.max(peak, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    })));
    assert.equal(peak, 4);
  });
});
