// The labelled code blocks of the real seed feeds: every block whose language class names a language (the class
// is the expected answer and is hidden from the detector), plus the Medium seed's class-less blocks labelled by hand.
// Labels live in test/fixtures/snippets/languageLabels.json; the code is always read from the seeds.
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';
import { htmlToMarkdown } from '../../../../src/core/render/htmlToMarkdown';
import { extractSnippets } from '../../../../src/core/snippets/extractSnippets';
import { languageIdFor } from '../../../../src/core/snippets/languages';
import { loadSeeds } from '../../../support/seeds';

export const fixturesDir = path.resolve(__dirname, '..', '..', '..', '..', '..', 'test', 'fixtures', 'snippets');

export interface BlockLabel {
  link: string;
  index: number;
  /** The code's first 40 characters: the key still finds the block if the article gains a block before it. */
  start: string;
  languageId: string;
  note?: string;
}

export interface LabelledSnippet {
  seed: string;
  link: string;
  index: number;
  code: string;
  /** The fence language as the feed gave it ('' for none). */
  fenceLang: string;
  expected: string;
  /** VS Code ids of the article's other blocks that have a class: what the extension passes as `articleLanguages`. */
  articleLanguages: string[];
}

export interface SeedArticle {
  seed: string;
  link: string;
  markdown: string;
}

interface RssItem {
  link?: string;
  'content:encoded'?: string;
  description?: string;
}

/** Every seed article's Markdown, as the preview converts it. (The seeds are RSS 2.0; fast-xml-parser reads them.) */
export function loadSeedArticles(): SeedArticle[] {
  const parser = new XMLParser({ ignoreAttributes: true, processEntities: true, htmlEntities: true });
  const articles: SeedArticle[] = [];
  for (const seed of loadSeeds()) {
    const channel = parser.parse(seed.text)?.rss?.channel;
    const items: RssItem[] = [channel?.item ?? []].flat();
    for (const item of items) {
      const link = String(item.link ?? '');
      const html = String(item['content:encoded'] ?? item.description ?? '');
      articles.push({ seed: seed.label, link, markdown: htmlToMarkdown(html, { baseUrl: link }) });
    }
  }
  return articles;
}

export function loadLabels(): { medium: BlockLabel[]; corrections: BlockLabel[] } {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, 'languageLabels.json'), 'utf8'));
}

export function labelKey(link: string, index: number, code: string): string {
  return `${link}#${index}#${code.slice(0, 40)}`;
}

const unlabelled = new Set(['plaintext']);

/** The labelled set, and the hand labels that found no block (a sign the seeds or the converter changed). */
export function loadLabelledSnippets(): { snippets: LabelledSnippet[]; unmatchedLabels: BlockLabel[] } {
  const labels = loadLabels();
  const byKey = new Map<string, BlockLabel>();
  for (const label of [...labels.medium, ...labels.corrections]) byKey.set(labelKey(label.link, label.index, label.start), label);
  const used = new Set<BlockLabel>();
  const snippets: LabelledSnippet[] = [];
  for (const article of loadSeedArticles()) {
    const blocks = extractSnippets(article.markdown);
    const hinted = blocks.map((block) => languageIdFor(block.lang)).filter((id) => id !== '' && !unlabelled.has(id));
    for (const block of blocks) {
      const label = byKey.get(labelKey(article.link, block.index, block.code));
      if (label) used.add(label);
      const fenceId = languageIdFor(block.lang);
      const expected = label?.languageId ?? (fenceId === '' || unlabelled.has(fenceId) ? undefined : fenceId);
      if (expected === undefined) continue;
      const others = [...hinted];
      if (fenceId !== '' && !unlabelled.has(fenceId)) others.splice(others.indexOf(fenceId), 1);
      snippets.push({ seed: article.seed, link: article.link, index: block.index, code: block.code, fenceLang: block.lang, expected, articleLanguages: others });
    }
  }
  const unmatchedLabels = [...labels.medium, ...labels.corrections].filter((label) => !used.has(label));
  return { snippets, unmatchedLabels };
}

/** JavaScript and its React flavour (likewise TypeScript) open alike; scoring counts them as one answer. */
export function languageFamily(languageId: string): string {
  return languageId === 'javascriptreact' ? 'javascript' : languageId === 'typescriptreact' ? 'typescript' : languageId;
}
