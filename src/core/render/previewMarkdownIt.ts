import MarkdownIt from 'markdown-it';
import { highlightFences } from './markdownItPlugins/highlightFences';
import { safeImages } from './markdownItPlugins/safeImages';
import { safeLinks } from './markdownItPlugins/safeLinks';
import { snippetBlocks } from './markdownItPlugins/snippetBlocks';
import { tableWrapper } from './markdownItPlugins/tableWrapper';

/**
 * The one markdown-it set-up for articles, built once. renderMarkdown renders with it and extractSnippets
 * parses with it, so both see the same fences in the same order. Raw HTML in the Markdown stays text.
 */
export const previewMarkdownIt: MarkdownIt.MarkdownIt = new MarkdownIt({ html: false, linkify: true, typographer: false })
  .use(safeLinks)
  .use(safeImages)
  .use(highlightFences)
  .use(snippetBlocks)
  .use(tableWrapper);
