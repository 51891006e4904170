import { previewMarkdownIt } from './previewMarkdownIt';

/**
 * An article's Markdown as safe HTML for the preview: raw HTML escaped, only http(s)/mailto/#fragment links,
 * only http(s) and raster data images, code highlighted when its language is known, and each fenced block
 * marked `data-snippet="N"` with N its index in extractSnippets of the same Markdown.
 */
export function renderMarkdown(markdown: string): string {
  return previewMarkdownIt.render(markdown);
}
