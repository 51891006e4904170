// The article pipeline on the real seed feeds: parse each feed, then per article htmlToMarkdown +
// extractSnippets + renderMarkdown; the same articles through plain turndown (+gfm) and plain markdown-it
// for comparison. Plain markdown-it renders our Markdown, so the render columns compare like with like.
import { performance } from 'perf_hooks';
import { formatTable, fixed } from '../lib/table.mjs';
import { bytesPerMB, mbPerSecond, median, percentile, sum, utf8Bytes } from '../lib/stats.mjs';

export const name = 'pipeline';

const needed = ['parseFeed', 'htmlToMarkdown', 'extractSnippets', 'renderMarkdown'];

export async function run({ core, seeds, iterations, warmup, require }) {
  const missing = needed.filter((fn) => typeof core[fn] !== 'function');
  if (missing.length) {
    console.log(`skipped: the core bundle does not export ${missing.join(', ')} yet`);
    return { skipped: `missing exports: ${missing.join(', ')}` };
  }
  const plain = plainTools(require);
  const articles = collectArticles(core, seeds);
  const iterationsOurs = [];
  const iterationsPlain = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const ours = timeOurs(core, seeds, articles);
    const baseline = timePlain(plain, articles);
    if (i >= warmup) {
      iterationsOurs.push(ours);
      iterationsPlain.push(baseline);
    }
  }
  const results = summarize(seeds, articles, iterationsOurs, iterationsPlain);
  print(results);
  return results;
}

function plainTools(require) {
  const TurndownService = require('turndown');
  const { gfm } = require('@joplin/turndown-plugin-gfm');
  const MarkdownIt = require('markdown-it');
  const turndown = new TurndownService();
  turndown.use(gfm);
  return { turndown, markdownIt: new MarkdownIt() };
}

/** One untimed pass: the articles with their HTML, and our Markdown for them (plain markdown-it renders it too). */
function collectArticles(core, seeds) {
  const articles = [];
  for (const seed of seeds) {
    const feed = core.parseFeed(seed.text);
    for (const item of feed.items) {
      const html = item.contentHtml ?? item.summary ?? '';
      if (!html.trim()) continue;
      const markdown = core.htmlToMarkdown(html, { baseUrl: item.link });
      const snippets = core.extractSnippets(markdown).length;
      // The preview's snippet actions rely on this: one data-snippet block per extracted snippet.
      const renderedBlocks = (core.renderMarkdown(markdown).match(/ data-snippet="/g) ?? []).length;
      if (renderedBlocks !== snippets) console.warn(`warning: ${seed.label} "${item.title}": ${snippets} snippets but ${renderedBlocks} data-snippet blocks`);
      articles.push({
        label: seed.label,
        title: item.title,
        html,
        link: item.link,
        markdown,
        snippets,
        htmlBytes: utf8Bytes(html),
        markdownBytes: utf8Bytes(markdown),
      });
    }
  }
  return articles;
}

function timeOurs(core, seeds, articles) {
  let parse = 0;
  for (const seed of seeds) {
    const start = performance.now();
    core.parseFeed(seed.text);
    parse += performance.now() - start;
  }
  let convert = 0;
  let extract = 0;
  let render = 0;
  const perArticle = [];
  for (const article of articles) {
    const t0 = performance.now();
    const markdown = core.htmlToMarkdown(article.html, { baseUrl: article.link });
    const t1 = performance.now();
    core.extractSnippets(markdown);
    const t2 = performance.now();
    core.renderMarkdown(markdown);
    const t3 = performance.now();
    convert += t1 - t0;
    extract += t2 - t1;
    render += t3 - t2;
    perArticle.push(t3 - t0);
  }
  return { parse, convert, extract, render, perArticle };
}

function timePlain({ turndown, markdownIt }, articles) {
  let convert = 0;
  let render = 0;
  const perArticle = [];
  for (const article of articles) {
    const t0 = performance.now();
    turndown.turndown(article.html);
    const t1 = performance.now();
    markdownIt.render(article.markdown);
    const t2 = performance.now();
    convert += t1 - t0;
    render += t2 - t1;
    perArticle.push(t2 - t0);
  }
  return { convert, render, perArticle };
}

function summarize(seeds, articles, ours, plain) {
  const med = (runs, key) => median(runs.map((run) => run[key]));
  const perArticleMedian = (runs) => articles.map((_, i) => median(runs.map((run) => run.perArticle[i])));
  const feedBytes = sum(seeds.map((seed) => utf8Bytes(seed.text)));
  const htmlBytes = sum(articles.map((a) => a.htmlBytes));
  const markdownBytes = sum(articles.map((a) => a.markdownBytes));
  const o = { parse: med(ours, 'parse'), convert: med(ours, 'convert'), extract: med(ours, 'extract'), render: med(ours, 'render') };
  const p = { convert: med(plain, 'convert'), render: med(plain, 'render') };
  const oursArticles = perArticleMedian(ours);
  const plainArticles = perArticleMedian(plain);
  const slowest = oursArticles.indexOf(Math.max(...oursArticles));
  const stage = (inputBytes, oursMs, plainMs) => ({
    inputMB: inputBytes / bytesPerMB,
    oursMs,
    oursMBps: mbPerSecond(inputBytes, oursMs),
    ...(plainMs === undefined ? {} : { plainMs, plainMBps: mbPerSecond(inputBytes, plainMs), ratio: oursMs / plainMs }),
  });
  const spread = (values) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(0, ...values) });
  return {
    feeds: seeds.map((seed) => {
      const own = articles.filter((a) => a.label === seed.label);
      return {
        label: seed.label,
        feedBytes: utf8Bytes(seed.text),
        articles: own.length,
        htmlBytes: sum(own.map((a) => a.htmlBytes)),
        markdownBytes: sum(own.map((a) => a.markdownBytes)),
        snippets: sum(own.map((a) => a.snippets)),
      };
    }),
    articles: articles.length,
    stages: {
      parse: stage(feedBytes, o.parse),
      convert: stage(htmlBytes, o.convert, p.convert),
      extract: stage(markdownBytes, o.extract),
      render: stage(markdownBytes, o.render, p.render),
      // The plain pipeline's own work, like for like; the row below adds our snippet extraction, which plain has none of.
      convertRender: stage(htmlBytes, o.convert + o.render, p.convert + p.render),
      convertExtractRender: stage(htmlBytes, o.convert + o.extract + o.render, p.convert + p.render),
      pipeline: stage(feedBytes, o.parse + o.convert + o.extract + o.render),
    },
    perArticleMs: {
      ours: spread(oursArticles),
      plain: spread(plainArticles),
      slowest: articles.length ? { label: articles[slowest].label, title: articles[slowest].title, ms: oursArticles[slowest] } : undefined,
    },
  };
}

function print(results) {
  const kb = (bytes) => fixed(bytes / 1000, 1);
  console.log(formatTable(
    ['feed', 'feed KB', 'articles', 'HTML KB', 'Markdown KB', 'snippets'],
    results.feeds.map((f) => [f.label, kb(f.feedBytes), f.articles, kb(f.htmlBytes), kb(f.markdownBytes), f.snippets]),
  ));
  console.log('');
  const names = {
    parse: 'parse (feed XML/JSON)',
    convert: 'convert (HTML → Markdown)',
    extract: 'extract snippets (Markdown)',
    render: 'render (Markdown → HTML)',
    convertRender: 'convert + render (like for like)',
    convertExtractRender: 'convert + extract + render',
    pipeline: 'whole pipeline (feeds)',
  };
  console.log(formatTable(
    ['stage', 'input MB', 'ours ms', 'ours MB/s', 'plain ms', 'plain MB/s', 'ours/plain'],
    Object.entries(results.stages).map(([key, s]) => [
      names[key], fixed(s.inputMB, 3), fixed(s.oursMs, 1), fixed(s.oursMBps, 1), fixed(s.plainMs, 1), fixed(s.plainMBps, 1), fixed(s.ratio, 2),
    ]),
  ));
  console.log('plain = new TurndownService() + gfm, and new MarkdownIt() rendering our Markdown; ratio < 1.0 = ours faster');
  console.log('');
  const { ours, plain, slowest } = results.perArticleMs;
  console.log(formatTable(
    [`per article, convert + extract + render (${results.articles} articles)`, 'p50 ms', 'p95 ms', 'max ms'],
    [
      ['ours', fixed(ours.p50), fixed(ours.p95), fixed(ours.max)],
      ['plain', fixed(plain.p50), fixed(plain.p95), fixed(plain.max)],
      ['ours/plain', fixed(ours.p50 / plain.p50), fixed(ours.p95 / plain.p95), fixed(ours.max / plain.max)],
    ],
  ));
  if (slowest) console.log(`slowest: ${slowest.label} "${slowest.title}" ${fixed(slowest.ms)} ms`);
}
