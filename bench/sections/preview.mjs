// The preview: the extension-side work between "open this article" and the webview's HTML for the largest
// seed article (htmlToMarkdown + extractSnippets + renderMarkdown + the preview document with its CSP),
// and whether the heap stays flat while 100 articles are rendered one after another.
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { formatTable, fixed } from '../lib/table.mjs';
import { median, utf8Bytes } from '../lib/stats.mjs';

export const name = 'preview';

const needed = ['parseFeed', 'htmlToMarkdown', 'extractSnippets'];
const targetMs = 100;
const renders = 100;
const resources = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
};

/** The vscode-free document builder: bundled by build.mjs, or compiled by `tsc -p .`. */
function loadDocumentBuilder(repoRoot, require) {
  const candidates = ['dist/previewDocument.js', 'out/src/preview/articleDocument.js'].map((file) => path.join(repoRoot, file));
  const found = candidates.find((file) => fs.existsSync(file));
  return found ? require(found).renderArticleDocument : undefined;
}

function collectGarbage() {
  if (typeof globalThis.gc !== 'function') {
    setFlagsFromString('--expose-gc');
    globalThis.gc = runInNewContext('gc');
  }
  globalThis.gc();
  globalThis.gc();
}

function renderPreview(core, renderArticleDocument, article) {
  const html = article.item.contentHtml ?? article.item.summary ?? '';
  const markdown = core.htmlToMarkdown(html, { baseUrl: article.item.link });
  const content = { markdown, snippets: core.extractSnippets(markdown) };
  return renderArticleDocument(article, content, resources, { showImages: true, fontSize: 14 }, 'en');
}

export async function run({ core, seeds, repoRoot, iterations, warmup, require }) {
  const missing = needed.filter((fn) => typeof core[fn] !== 'function');
  const renderArticleDocument = loadDocumentBuilder(repoRoot, require);
  if (missing.length || !renderArticleDocument) {
    const why = missing.length ? `the core bundle does not export ${missing.join(', ')} yet` : 'no preview document builder (dist/previewDocument.js or out/)';
    console.log(`skipped: ${why}`);
    return { skipped: why };
  }
  const articles = seeds.flatMap((seed) => {
    const feed = core.parseFeed(seed.text);
    return feed.items.map((item) => ({ sourceKey: seed.label, sourceTitle: feed.title, item }));
  });
  const htmlOf = (a) => a.item.contentHtml ?? a.item.summary ?? '';
  const largest = articles.reduce((a, b) => (utf8Bytes(htmlOf(b)) > utf8Bytes(htmlOf(a)) ? b : a));

  // The first render in a fresh process also pays for loading highlight.js languages and turndown rules.
  let start = performance.now();
  const documentHtml = renderPreview(core, renderArticleDocument, largest);
  const firstMs = performance.now() - start;
  const times = [];
  for (let i = 0; i < warmup + Math.max(iterations, 10); i++) {
    start = performance.now();
    renderPreview(core, renderArticleDocument, largest);
    if (i >= warmup) times.push(performance.now() - start);
  }

  // A reused panel holds one document at a time: render article after article, heap after a full GC each.
  // One untimed pass first, so highlight.js has compiled every language the seeds use (a one-off cache).
  for (const article of articles) renderPreview(core, renderArticleDocument, article);
  const heap = [];
  let shown = '';
  for (let i = 0; i < renders; i++) {
    shown = renderPreview(core, renderArticleDocument, articles[i % articles.length]);
    collectGarbage();
    heap.push(process.memoryUsage().heapUsed / 2 ** 20);
  }
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const results = {
    article: { title: largest.item.title, htmlBytes: utf8Bytes(htmlOf(largest)), documentBytes: utf8Bytes(documentHtml) },
    firstRenderMs: Number(fixed(firstMs, 1)),
    medianRenderMs: Number(fixed(median(times), 1)),
    maxRenderMs: Number(fixed(Math.max(...times), 1)),
    targetMs,
    withinTarget: median(times) < targetMs,
    renders,
    articlesCycled: articles.length,
    heapFirst10MB: Number(fixed(mean(heap.slice(0, 10)))),
    heapLast10MB: Number(fixed(mean(heap.slice(-10)))),
    lastDocumentBytes: utf8Bytes(shown),
  };
  results.heapGrowthMB = Number(fixed(results.heapLast10MB - results.heapFirst10MB));

  console.log(`Largest article: "${largest.item.title}" (${fixed(results.article.htmlBytes / 1024, 0)} KB HTML → ${fixed(results.article.documentBytes / 1024, 0)} KB document)`);
  console.log(formatTable(['command → preview HTML', 'ms'], [
    ['first render (cold)', fixed(firstMs, 1)],
    [`median of ${times.length}`, fixed(median(times), 1)],
    ['max', fixed(Math.max(...times), 1)],
    [`target`, `< ${targetMs}`],
  ]));
  console.log(formatTable([`heap after GC, ${renders} renders over ${articles.length} articles (after one warm pass)`, 'MB'], [
    ['renders 1–10 (mean)', fixed(results.heapFirst10MB)],
    [`renders ${renders - 9}–${renders} (mean)`, fixed(results.heapLast10MB)],
    ['growth', fixed(results.heapGrowthMB)],
  ]));
  return results;
}
