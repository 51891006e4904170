// Language detection on the labelled seed blocks: top-1 accuracy (alone, and given the article's other block
// languages as the extension passes them) and time per snippet: the first call (which loads the model), then warm.
// Labels: every block whose language class names a language (the class is hidden from the detector), the Medium
// seed's class-less blocks by hand, and corrections of plainly wrong classes (test/fixtures/snippets/languageLabels.json).
//   node bench/sections/languageDetection.mjs     (standalone, against dist/core.js)
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
import { formatTable, fixed } from '../lib/table.mjs';
import { median, percentile } from '../lib/stats.mjs';
import { loadSeeds, seedsDirFor } from '../lib/seeds.mjs';

export const name = 'languageDetection';

const needed = ['parseFeed', 'htmlToMarkdown', 'extractSnippets', 'languageIdFor', 'detectLanguage'];
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// A block no syntax cue recognises, so the first call has to load and run the model.
const coldProbe = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println(i)\n\t}\n}';

const family = (id) => (id === 'javascriptreact' ? 'javascript' : id === 'typescriptreact' ? 'typescript' : id);

export async function run({ core, seeds }) {
  const missing = needed.filter((fn) => typeof core[fn] !== 'function');
  if (missing.length) {
    console.log(`skipped: the core bundle does not export ${missing.join(', ')} yet`);
    return { skipped: `missing exports: ${missing.join(', ')}` };
  }
  const snippets = labelledSnippets(core, seeds);

  const coldStart = performance.now();
  await core.detectLanguage(coldProbe);
  const firstCallMs = performance.now() - coldStart;

  const modes = {};
  for (const [mode, withArticle] of [['alone', false], ['withArticleLanguages', true]]) {
    let strict = 0;
    let lenient = 0;
    const times = [];
    const bySeed = {};
    for (const snippet of snippets) {
      const start = performance.now();
      const { languageId } = await core.detectLanguage(snippet.code, withArticle ? { articleLanguages: snippet.articleLanguages } : {});
      times.push(performance.now() - start);
      const seed = (bySeed[snippet.seed] ??= { blocks: 0, correct: 0 });
      seed.blocks++;
      if (languageId === snippet.expected) strict++;
      if (family(languageId) === family(snippet.expected)) {
        lenient++;
        seed.correct++;
      }
    }
    modes[mode] = {
      blocks: snippets.length,
      accuracy: lenient / snippets.length,
      strictAccuracy: strict / snippets.length,
      warmMs: { p50: median(times), p95: percentile(times, 95), max: Math.max(...times) },
      bySeed: Object.fromEntries(Object.entries(bySeed).map(([seed, { blocks, correct }]) => [seed, { blocks, accuracy: correct / blocks }])),
    };
  }
  const results = { blocks: snippets.length, firstCallMs, ...modes };
  print(results);
  return results;
}

/** Mirrors test/unit/core/snippets/labelledSnippets.ts, through the core bundle's own parseFeed. */
function labelledSnippets(core, seeds) {
  const labels = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'snippets', 'languageLabels.json'), 'utf8'));
  const key = (link, index, code) => `${link}#${index}#${code.slice(0, 40)}`;
  const byKey = new Map([...labels.medium, ...labels.corrections].map((label) => [key(label.link, label.index, label.start), label.languageId]));
  const usable = (id) => id !== '' && id !== 'plaintext';
  const snippets = [];
  for (const seed of seeds) {
    for (const item of core.parseFeed(seed.text).items) {
      const html = item.contentHtml ?? item.summary ?? '';
      const markdown = core.htmlToMarkdown(html, { baseUrl: item.link });
      const blocks = core.extractSnippets(markdown);
      const hinted = blocks.map((block) => core.languageIdFor(block.lang)).filter(usable);
      for (const block of blocks) {
        const fenceId = core.languageIdFor(block.lang);
        const expected = byKey.get(key(item.link ?? '', block.index, block.code)) ?? (usable(fenceId) ? fenceId : undefined);
        if (expected === undefined) continue;
        const articleLanguages = [...hinted];
        if (usable(fenceId)) articleLanguages.splice(articleLanguages.indexOf(fenceId), 1);
        snippets.push({ seed: seed.label, code: block.code, expected, articleLanguages });
      }
    }
  }
  return snippets;
}

function print(results) {
  console.log(`${results.blocks} labelled blocks; first call (loads the model): ${fixed(results.firstCallMs, 0)} ms`);
  const modes = ['alone', 'withArticleLanguages'];
  console.log(formatTable(
    ['mode', 'accuracy', 'strict', 'warm p50 ms', 'warm p95 ms', 'max ms'],
    modes.map((mode) => {
      const m = results[mode];
      return [mode, fixed(m.accuracy, 3), fixed(m.strictAccuracy, 3), fixed(m.warmMs.p50), fixed(m.warmMs.p95), fixed(m.warmMs.max, 1)];
    }),
  ));
  const seedsSeen = Object.keys(results.alone.bySeed);
  console.log(formatTable(
    ['seed', 'blocks', 'alone', 'with article'],
    seedsSeen.map((seed) => [seed, results.alone.bySeed[seed].blocks, fixed(results.alone.bySeed[seed].accuracy, 3), fixed(results.withArticleLanguages.bySeed[seed].accuracy, 3)]),
  ));
  console.log('accuracy counts javascript/javascriptreact (and typescript/typescriptreact) as one answer; strict does not.');
}

// Standalone: node bench/sections/languageDetection.mjs
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corePath = path.resolve(repoRoot, process.env.TUTORIAL_READER_CORE ?? 'dist/core.js');
  const core = createRequire(import.meta.url)(corePath);
  await run({ core, seeds: loadSeeds(seedsDirFor(repoRoot)) });
}
