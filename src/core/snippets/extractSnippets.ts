import type { Snippet } from '../model';
import { fenceLang, snippetIndexOf } from '../render/markdownItPlugins/snippetBlocks';
import { previewMarkdownIt } from '../render/previewMarkdownIt';

/**
 * Every fenced code block (``` or ~~~) of the Markdown, in order, parsed by the same markdown-it as the preview
 * so `index` matches the preview's `data-snippet`. Indented code blocks are not snippets.
 */
export function extractSnippets(markdown: string): Snippet[] {
  return previewMarkdownIt.parse(markdown, {})
    .filter((token) => token.type === 'fence')
    .map((token) => ({
      index: snippetIndexOf(token),
      lang: fenceLang(previewMarkdownIt, token),
      code: token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content,
      line: token.map?.[0] ?? 0,
    }));
}
