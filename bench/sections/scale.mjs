// Users with hundreds of sources: generated sources of 25 seed articles each (5,000 and 20,000 articles) written
// to a FeedCache in a temp dir, then read back as the extension does at startup (every source's cache file at
// once) and kept the way FeedStore keeps them today (each source's whole Feed, bodies included). Reports cache
// load time, heap and RSS growth after load, and the time to list every source's articles newest first (what the
// tree and search read). The figures the memory work of issue 12 is measured against.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { formatTable, fixed } from '../lib/table.mjs';

export const name = 'scale';

const needed = ['parseFeed', 'FeedCache'];
const sizes = [5_000, 20_000];
const articlesPerSource = 25;

function memory() {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed / 1e6, rss: rss / 1e6 };
}

export async function run({ core, seeds }) {
  const missing = needed.filter((fn) => typeof core[fn] !== 'function');
  if (missing.length) {
    console.log(`skipped: the core bundle does not export ${missing.join(', ')} yet`);
    return { skipped: `missing ${missing.join(', ')}` };
  }
  const base = seeds.flatMap((seed) => core.parseFeed(seed.text).items);
  const only = process.env.TUTORIAL_READER_BENCH_SCALE_SIZES?.split(',').map(Number).filter(Boolean) ?? sizes;
  const rows = [];
  const results = { gcExposed: typeof globalThis.gc === 'function' };
  for (const size of only) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorial-reader-scale-'));
    try {
      const sourceCount = Math.ceil(size / articlesPerSource);
      {
        const writer = new core.FeedCache(dir);
        for (let s = 0; s < sourceCount; s++) {
          const items = Array.from({ length: articlesPerSource }, (_, j) => {
            const item = base[(s * articlesPerSource + j) % base.length];
            return { ...item, id: `${item.id}-${s}-${j}`, title: `${item.title} (${s}.${j})` };
          });
          await writer.write(`source-${s}`, { schemaVersion: 1, url: `https://example.com/feed/${s}.xml`, fetchedAt: new Date().toISOString(), feed: { title: `Source ${s}`, items } });
        }
      }
      const diskMB = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0) / 1e6;
      const before = memory();
      const cache = new core.FeedCache(dir);
      let start = performance.now();
      const loaded = await Promise.all(Array.from({ length: sourceCount }, (_, s) => cache.read(`source-${s}`)));
      const loadMs = performance.now() - start;
      const after = memory();
      start = performance.now();
      let listed = 0;
      for (const entry of loaded) {
        const items = [...entry.feed.items].sort((a, b) => (Date.parse(b.published ?? '') || 0) - (Date.parse(a.published ?? '') || 0));
        listed += items.length;
      }
      const listMs = performance.now() - start;
      if (listed !== sourceCount * articlesPerSource) throw new Error(`${listed} articles listed, ${sourceCount * articlesPerSource} written`);
      const row = { articles: listed, sources: sourceCount, diskMB: Number(fixed(diskMB, 0)), loadMs: Math.round(loadMs), heapMB: Number(fixed(after.heap - before.heap, 0)), rssMB: Number(fixed(after.rss - before.rss, 0)), listMs: Number(fixed(listMs, 1)) };
      rows.push(row);
      results[size] = row;
      loaded.length = 0;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(formatTable(['articles', 'sources', 'cache on disk MB', 'load ms', 'heap growth MB', 'RSS growth MB', 'list all ms'],
    rows.map((r) => [String(r.articles), String(r.sources), String(r.diskMB), String(r.loadMs), String(r.heapMB), String(r.rssMB), fixed(r.listMs, 1)])));
  if (!results.gcExposed) console.log('(heap without --expose-gc: approximate)');
  return results;
}
