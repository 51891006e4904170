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
// A block no syntax cue or signal settles (OCaml), so the first call has to load and run the model.
const coldProbe = 'let rec fact n =\n  if n = 0 then 1\n  else n * fact (n - 1)\n\nlet () = print_int (fact 5)';

const family = (id) => (id === 'javascriptreact' ? 'javascript' : id === 'typescriptreact' ? 'typescript' : id);

export async function run({ core, seeds }) {
  const missing = needed.filter((fn) => typeof core[fn] !== 'function');
  if (missing.length) {
    console.log(`skipped: the core bundle does not export ${missing.join(', ')} yet`);
    return { skipped: `missing exports: ${missing.join(', ')}` };
  }
  const sets = {
    seeds: labelledSnippets(core, seeds),
    dev: JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'snippets', 'devSnippets.json'), 'utf8'))
      .map((s) => ({ seed: 'dev', code: s.code, expected: s.languageId, articleLanguages: [], context: s.context })),
  };

  const coldStart = performance.now();
  await core.detectLanguage(coldProbe);
  const firstCallMs = performance.now() - coldStart;

  const results = { firstCallMs };
  // honest: the code alone (its class removed, nothing from its article); hinted: what the extension passes,
  // the article's other marked languages and the sentence that introduces the block.
  for (const [setName, snippets] of Object.entries(sets)) {
    for (const [mode, hinted] of [['honest', false], ['hinted', true]]) {
      let strict = 0;
      let lenient = 0;
      const times = [];
      const bySeed = {};
      for (const snippet of snippets) {
        const start = performance.now();
        const { languageId } = await core.detectLanguage(snippet.code, hinted ? { articleLanguages: snippet.articleLanguages, context: snippet.context } : {});
        times.push(performance.now() - start);
        const seed = (bySeed[snippet.seed] ??= { blocks: 0, correct: 0 });
        seed.blocks++;
        if (languageId === snippet.expected) strict++;
        if (family(languageId) === family(snippet.expected)) {
          lenient++;
          seed.correct++;
        }
      }
      results[`${setName}.${mode}`] = {
        blocks: snippets.length,
        accuracy: lenient / snippets.length,
        strictAccuracy: strict / snippets.length,
        warmMs: { p50: median(times), p95: percentile(times, 95), max: Math.max(...times) },
        modelShare: times.filter((t) => t > 5).length / times.length,
        bySeed: Object.fromEntries(Object.entries(bySeed).map(([seed, { blocks, correct }]) => [seed, { blocks, accuracy: correct / blocks }])),
      };
    }
  }
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
        const context = core.introductionOf ? core.introductionOf(markdown.split(/\r?\n/), block.line) : '';
        snippets.push({ seed: seed.label, code: block.code, expected, articleLanguages, context });
      }
    }
  }
  return snippets;
}

function print(results) {
  console.log(`first call (loads the model): ${fixed(results.firstCallMs, 0)} ms`);
  const modes = Object.keys(results).filter((key) => key.includes('.'));
  console.log(formatTable(
    ['set.mode', 'blocks', 'accuracy', 'strict', 'p50 ms', 'p95 ms', 'max ms', 'model runs'],
    modes.map((mode) => {
      const m = results[mode];
      return [mode, String(m.blocks), fixed(m.accuracy, 3), fixed(m.strictAccuracy, 3), fixed(m.warmMs.p50), fixed(m.warmMs.p95), fixed(m.warmMs.max, 1), `${fixed(m.modelShare * 100, 1)}%`];
    }),
  ));
  const seedsSeen = Object.keys(results['seeds.honest'].bySeed);
  console.log(formatTable(
    ['seed', 'blocks', 'honest', 'hinted'],
    seedsSeen.map((seed) => [seed, results['seeds.honest'].bySeed[seed].blocks, fixed(results['seeds.honest'].bySeed[seed].accuracy, 3), fixed(results['seeds.hinted'].bySeed[seed].accuracy, 3)]),
  ));
  console.log('honest: code alone, its class removed; hinted: plus the article\'s other marked languages and the sentence before the block.');
  console.log('seeds: the five seed feeds\' labelled blocks (a few of their errors were looked at); dev: test/fixtures/snippets/devSnippets.json, the set the signals were tuned on.');
  console.log('accuracy counts javascript/javascriptreact (and typescript/typescriptreact) as one answer; strict does not. model runs: blocks over 5 ms.');
}

// Standalone: node bench/sections/languageDetection.mjs
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corePath = path.resolve(repoRoot, process.env.TUTORIAL_READER_CORE ?? 'dist/core.js');
  const core = createRequire(import.meta.url)(corePath);
  await run({ core, seeds: loadSeeds(seedsDirFor(repoRoot)) });
}
