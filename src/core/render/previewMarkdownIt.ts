import MarkdownIt from 'markdown-it';
import { headingIds } from './markdownItPlugins/headingIds';
import { highlightFences } from './markdownItPlugins/highlightFences';
import { safeImages } from './markdownItPlugins/safeImages';
import { safeLinks } from './markdownItPlugins/safeLinks';
import { snippetBlocks } from './markdownItPlugins/snippetBlocks';
import { tableAlignment } from './markdownItPlugins/tableAlignment';
import { tableWrapper } from './markdownItPlugins/tableWrapper';

/** The one markdown-it set-up for articles. Raw HTML in the Markdown stays text. */
function createArticleMarkdownIt(): MarkdownIt.MarkdownIt {
  // No linkify: articles come from HTML, where every link the author made is an <a> that turndown keeps. A URL
  // that was plain text in the article stays plain text, as the reader saw it, and file names such as `app.py`
  // (.py is a country domain) never turn into links. It also halves the render time.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  return md
    .use(safeLinks)
    .use(safeImages)
    .use(highlightFences)
    .use(snippetBlocks)
    .use(tableWrapper)
    .use(tableAlignment)
    .use(headingIds);
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
