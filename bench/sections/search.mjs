// Search Articles at scale: the seed articles repeated as generated sources (25 articles each) up to 5,000 and
// 20,000 articles; index build time and heap, and query time for words, code identifiers, prefixes, typos and
// filters. MiniSearch was measured against FlexSearch (which ArticleSearchIndex uses) on these articles: at 5,000
// articles it took 13–28 s to build and 150+ MB of heap (full text), against ~6 s and ~45 MB.
import { performance } from 'perf_hooks';
import { formatTable, fixed } from '../lib/table.mjs';
import { median, percentile } from '../lib/stats.mjs';

export const name = 'search';

const needed = ['parseFeed', 'ArticleSearchIndex', 'parseSearchQuery'];
const sizes = [5_000, 20_000];
const articlesPerSource = 25;
const queries = ['useEffect', 'docker compose', 'ThreadPoolExecutor', 'kubernets', 'react hooks', 'pyth', 'lang:python async', 'system design', 'is:unread api'];

function heapMB() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

export async function run({ core, seeds }) {
  const missing = needed.filter((fn) => typeof core[fn] !== 'function');
  if (missing.length) {
    console.log(`skipped: the core bundle does not export ${missing.join(', ')} yet`);
    return { skipped: `missing ${missing.join(', ')}` };
  }
  const base = seeds.flatMap((seed) => {
    const feed = core.parseFeed(seed.text);
    return feed.items.map((item) => ({ item, sourceTitle: feed.title ?? seed.label }));
  });
  const only = process.env.TUTORIAL_READER_BENCH_SEARCH_SIZES?.split(',').map(Number).filter(Boolean) ?? sizes;
  const rows = [];
  const results = { gcExposed: typeof globalThis.gc === 'function' };
  for (const size of only) {
    const sources = [];
    for (let i = 0; i < size; i++) {
      const s = Math.floor(i / articlesPerSource);
      const { item, sourceTitle } = base[i % base.length];
      (sources[s] ??= []).push({
        key: `source-${s}\u0000${item.id}-${i}`, sourceTitle: `${sourceTitle} ${s}`, title: `${item.title} (${i})`,
        author: item.author, categories: item.categories, languages: [], summaryHtml: item.summary, bodyHtml: item.contentHtml,
        date: Date.parse(item.published ?? '') || undefined,
      });
    }
    const heapBefore = heapMB();
    const index = new core.ArticleSearchIndex();
    let start = performance.now();
    for (let s = 0; s < sources.length; s++) await index.updateSource(`source-${s}`, sources[s]);
    const buildMs = performance.now() - start;
    sources.length = 0;
    const heapGrowth = heapMB() - heapBefore;
    start = performance.now();
    index.search(core.parseSearchQuery('first'));
    const firstQueryMs = performance.now() - start;
    const times = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        start = performance.now();
        index.search(core.parseSearchQuery(q), { isUnread: () => true });
        times.push(performance.now() - start);
      }
    }
    const row = { articles: size, buildMs: Math.round(buildMs), heapMB: Number(fixed(heapGrowth, 0)), firstQueryMs: Number(fixed(firstQueryMs)), queryP50Ms: Number(fixed(median(times))), queryP95Ms: Number(fixed(percentile(times, 95))) };
    rows.push(row);
    results[size] = row;
  }
  console.log(formatTable(['articles', 'build ms', 'heap MB', 'first query ms', 'query p50 ms', 'query p95 ms'],
    rows.map((r) => [String(r.articles), String(r.buildMs), String(r.heapMB), fixed(r.firstQueryMs), fixed(r.queryP50Ms), fixed(r.queryP95Ms)])));
  if (!results.gcExposed) console.log('(heap without --expose-gc: approximate)');
  return results;
}
