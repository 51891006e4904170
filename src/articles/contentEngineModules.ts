// Everything contentEngine() loads on first use. Import these through contentEngine(), never directly, outside src/core.
export { htmlToMarkdown } from '../core/render/htmlToMarkdown';
export { fetchArticlePage, summarizeArticlePage } from '../core/article/fetchArticlePage';
export { extractSnippets } from '../core/snippets/extractSnippets';
export { detectLanguage } from '../core/snippets/detectLanguage';
export { describeArticleSnippets } from '../core/snippets/describeArticleSnippets';
export { suggestFileName } from '../core/snippets/suggestFileName';
export { resolveSource } from '../core/sources/resolveSource';
export { renderArticleDocument } from '../preview/articleDocument';
export { highlightCode } from '../core/render/markdownItPlugins/highlightFences';
export { ArticleSearchIndex } from '../core/search/articleSearchIndex';
export { parseSearchQuery, isEmptyQuery } from '../core/search/searchQuery';
export { searchExcerpt } from '../core/search/searchExcerpt';
export { renderMarkdown } from '../core/render/renderMarkdown';
