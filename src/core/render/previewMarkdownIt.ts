import MarkdownIt from 'markdown-it';
import { highlightFences } from './markdownItPlugins/highlightFences';
import { safeImages } from './markdownItPlugins/safeImages';
import { safeLinks } from './markdownItPlugins/safeLinks';
import { snippetBlocks } from './markdownItPlugins/snippetBlocks';
import { tableWrapper } from './markdownItPlugins/tableWrapper';

/** The one markdown-it set-up for articles. Raw HTML in the Markdown stays text. */
function createArticleMarkdownIt(): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Bare `user@host` in a tutorial is a placeholder or an ssh target, not an address to write to; looking for
  // them is also most of linkify's cost. Bare http(s) URLs and `mailto:` still become links.
  md.linkify.set({ fuzzyEmail: false });
  return md
    .use(safeLinks)
    .use(safeImages)
    .use(highlightFences)
    .use(snippetBlocks)
    .use(tableWrapper);
}

/** What renderMarkdown renders with, built once. */
export const previewMarkdownIt = createArticleMarkdownIt();

/**
 * The same set-up stopped after block parsing, for extractSnippets: fences are block tokens, so it finds exactly
 * the preview's fences, numbered by the same rule, without the inline parsing and linkify that make up most
 * of a parse.
 */
export const snippetMarkdownIt = createArticleMarkdownIt();
snippetMarkdownIt.core.ruler.enableOnly(['normalize', 'block', 'snippet_numbers']);
