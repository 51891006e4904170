// Full articles for teaser feeds: extractArticle (linkedom + Readability, code blocks protected) per page of
// test/fixtures/pages, and the whole extract → convert → render path that runs when such a preview opens.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { formatTable, fixed } from '../lib/table.mjs';
import { median, percentile, utf8Bytes } from '../lib/stats.mjs';

export const name = 'extraction';

const needed = ['extractArticle', 'htmlToMarkdown', 'extractSnippets', 'renderMarkdown'];
const pageUrl = 'https://blog.example.com/posts/fixture/';

export async function run({ core, repoRoot, iterations, warmup }) {
  const missing = needed.filter((fn) => typeof core[fn] !== 'function');
  if (missing.length) {
    console.log(`skipped: the core bundle does not export ${missing.join(', ')} yet`);
    return { skipped: `missing ${missing.join(', ')}` };
  }
  const dir = path.join(repoRoot, 'test', 'fixtures', 'pages');
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort()
    .map((file) => ({ file, html: fs.readFileSync(path.join(dir, file), 'utf8') }));
  const rounds = warmup + Math.max(iterations, 10);
  const perPage = [];
  const extractTimes = [];
  const pathTimes = [];
  for (const page of pages) {
    const extract = [];
    const whole = [];
    let blocks = 0;
    for (let i = 0; i < rounds; i++) {
      let start = performance.now();
      const article = core.extractArticle(page.html, pageUrl);
      const extracted = performance.now() - start;
      start = performance.now();
      if (article) {
        const markdown = core.htmlToMarkdown(article.contentHtml, { baseUrl: pageUrl });
        blocks = core.extractSnippets(markdown).length;
        core.renderMarkdown(markdown);
      }
      const rest = performance.now() - start;
      if (i >= warmup) {
        extract.push(extracted);
        whole.push(extracted + rest);
      }
    }
    extractTimes.push(...extract);
    pathTimes.push(...whole);
    perPage.push({ page: page.file, kb: utf8Bytes(page.html) / 1024, extractMs: median(extract), pathMs: median(whole), blocks });
  }
  console.log(formatTable(['page', 'KB', 'extract ms', 'extract → convert → render ms', 'code blocks'],
    perPage.map((p) => [p.page, fixed(p.kb, 1), fixed(p.extractMs), fixed(p.pathMs), String(p.blocks)])));
  const results = {
    pages: perPage.length,
    extractP50Ms: Number(fixed(percentile(extractTimes, 50))),
    extractP95Ms: Number(fixed(percentile(extractTimes, 95))),
    pathP50Ms: Number(fixed(percentile(pathTimes, 50))),
    pathP95Ms: Number(fixed(percentile(pathTimes, 95))),
    perPage: perPage.map((p) => ({ ...p, kb: Number(fixed(p.kb, 1)), extractMs: Number(fixed(p.extractMs)), pathMs: Number(fixed(p.pathMs)) })),
  };
  console.log(formatTable(['all pages', 'p50 ms', 'p95 ms'], [
    ['extractArticle', fixed(results.extractP50Ms), fixed(results.extractP95Ms)],
    ['extract → convert → render', fixed(results.pathP50Ms), fixed(results.pathP95Ms)],
  ]));
  return results;
}
