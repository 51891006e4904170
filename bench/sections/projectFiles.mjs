// Save Snippets to Workspace, headless: for the seed article with the most code blocks, the time from the
// command (article Markdown in hand) to its files on disk: languages and names for every block, the file plan,
// then one folder and file each written to a temp dir. Cold is the first article described in this process
// (the language model loads); warm is the median of the repeats. VS Code's WorkspaceEdit adds its own cost.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { formatTable, fixed } from '../lib/table.mjs';
import { median, percentile } from '../lib/stats.mjs';

export const name = 'projectFiles';

const needed = ['parseFeed', 'htmlToMarkdown', 'extractSnippets', 'describeArticleSnippets', 'planSnippetFiles', 'sanitizeFileName'];

export async function run({ core, seeds, iterations, warmup }) {
  const missing = needed.filter((fn) => typeof core[fn] !== 'function');
  if (missing.length) {
    console.log(`skipped: the core bundle does not export ${missing.join(', ')} yet`);
    return { skipped: `missing ${missing.join(', ')}` };
  }
  const article = articleWithMostBlocks(core, seeds);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tutorial-reader-bench-'));
  try {
    const rounds = warmup + Math.max(iterations, 10);
    const times = [];
    let cold;
    let written = 0;
    for (let i = 0; i < rounds; i++) {
      const folder = path.join(root, `run-${i}`);
      const start = performance.now();
      written = await saveAll(core, article.markdown, folder);
      const ms = performance.now() - start;
      if (i === 0) cold = ms;
      if (i >= warmup) times.push(ms);
      const onDisk = countFiles(folder);
      if (onDisk !== written) throw new Error(`${written} files planned but ${onDisk} on disk`);
    }
    const results = {
      article: `${article.label}: ${article.title}`,
      blocks: article.blocks,
      files: written,
      coldMs: Number(fixed(cold)),
      warmP50Ms: Number(fixed(median(times))),
      warmP95Ms: Number(fixed(percentile(times, 95))),
    };
    console.log(`article: ${results.article} (${results.blocks} code blocks, ${results.files} files written)`);
    console.log(formatTable(['command → files on disk', 'ms'], [
      ['cold (first article; loads the language model)', fixed(results.coldMs)],
      ['warm p50', fixed(results.warmP50Ms)],
      ['warm p95', fixed(results.warmP95Ms)],
    ]));
    return results;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function articleWithMostBlocks(core, seeds) {
  let best;
  for (const seed of seeds) {
    for (const item of core.parseFeed(seed.text).items) {
      const html = item.contentHtml ?? item.summary ?? '';
      const markdown = core.htmlToMarkdown(html, { baseUrl: item.link });
      const blocks = core.extractSnippets(markdown).length;
      if (!best || blocks > best.blocks) best = { label: seed.label, title: item.title, markdown, blocks };
    }
  }
  return best;
}

/** What the command does once the user accepts the pick: every block as planned (ticked or not), the last version per path. */
async function saveAll(core, markdown, folder) {
  const snippets = core.extractSnippets(markdown);
  const described = await core.describeArticleSnippets(markdown, snippets);
  const plan = core.planSnippetFiles(snippets.map((s) => ({ index: s.index, code: s.code, ...described[s.index] })));
  const byPath = new Map();
  for (const file of plan) byPath.set(core.sanitizeFileName(file.path).toLowerCase(), file);
  for (const file of byPath.values()) {
    const target = path.join(folder, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.contents, { flag: 'wx' });
  }
  return byPath.size;
}

function countFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length;
}
