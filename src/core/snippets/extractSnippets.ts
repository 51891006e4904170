import type { Snippet } from '../model';
import { fenceLang, snippetIndexOf } from '../render/markdownItPlugins/snippetBlocks';
import { snippetMarkdownIt } from '../render/previewMarkdownIt';

/**
 * Every fenced code block (``` or ~~~) of the Markdown, in order, parsed by the preview's markdown-it set-up
 * (block stage only) so `index` matches the preview's `data-snippet`. Indented code blocks are not snippets.
 */
export function extractSnippets(markdown: string): Snippet[] {
  return snippetMarkdownIt.parse(markdown, {})
    .filter((token) => token.type === 'fence')
    .map((token) => ({
      index: snippetIndexOf(token),
      lang: fenceLang(snippetMarkdownIt, token),
      code: token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content,
      line: token.map?.[0] ?? 0,
    }));
}
