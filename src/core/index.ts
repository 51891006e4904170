// The headless core's public API: plain TypeScript, no `vscode`. Bundled as dist/core.js for tools and benchmarks.
export type { Feed, FeedFormat, FeedItem, Snippet } from './model';

// Feeds in
export { parseFeed, parseFeedDate } from './feed/parseFeed';

// Full articles from their pages, for teaser feeds
export { extractArticle, type ExtractedArticle } from './article/extractArticle';
export { fetchArticlePage, summarizeArticlePage, maxArticlePageBytes } from './article/fetchArticlePage';
export { looksTruncated, wantsFullArticle, fullArticleModes, type FullArticleMode } from './article/fullArticleRule';

// Article HTML → Markdown → safe HTML, and the snippets in between
export { htmlToMarkdown, type HtmlToMarkdownOptions } from './render/htmlToMarkdown';
export { renderMarkdown } from './render/renderMarkdown';
export { extractSnippets } from './snippets/extractSnippets';
export { languageIdFor } from './snippets/languages';

// Snippet intelligence
export { detectLanguage, consoleLanguageId, modelConfidenceThreshold } from './snippets/detectLanguage';
export { languageSignalScores, languageFromSignals } from './snippets/languageSignals';
export { contextLanguages } from './snippets/contextLanguages';
export type { DetectedLanguage, LanguageHint } from './snippets/detectLanguage';
export { suggestFileName, introductionOf } from './snippets/suggestFileName';
export { sanitizeFileName, cleanRelativePath, besidePath } from './snippets/safePath';
export { planSnippetFiles } from './snippets/snippetFilePlan';
export { describeArticleSnippets } from './snippets/describeArticleSnippets';
export type { SnippetDescription } from './snippets/describeArticleSnippets';
export type { PlannedSnippetFile, SnippetFileInput } from './snippets/snippetFilePlan';
export { articleMarkdownFile, articleMarkdownFileName } from './article/articleMarkdownFile';
export { extensionForLanguage, languageForFileName } from './snippets/languages';

// Fetching, sources and the cache
export { fetchFeed, feedTarget, defaultUserAgent, type FetchFeedOptions, type FetchResult } from './fetch/fetchFeed';
export { FetchError, type FetchErrorKind } from './fetch/fetchError';
export { RequestScheduler, BackoffError, type RequestSchedulerOptions } from './fetch/requestScheduler';
export { parseRetryAfter } from './fetch/retryAfter';
export { decodeText } from './fetch/decodeText';
export { discoverFeeds, type DiscoveredFeed } from './sources/discoverFeeds';
export { resolveSource, type ResolvedSource, type FeedFetcher } from './sources/resolveSource';
export { looksLikeHtml } from './feed/sniffFeedText';
export { parseOpml, toOpml, type OpmlEntry } from './sources/opml';
export { normalizeSources, addSource, removeSource, renameSource, setFullArticle, findSource, sourceKey, type SourceConfig } from './sources/sourceList';
export { shrinkRefusal } from './sources/feedShrink';
export { checkSourceUrl, sourceIdentity, type SourceUrlCheck } from './sources/sourceUrl';
export { writeFileAtomic } from './storage/atomicFile';
export { FeedCache, type CachedFeed, type FeedCacheOptions } from './storage/feedCache';
export { ArticlePageCache, type CachedArticlePage, type ArticlePageSummary } from './storage/articlePageCache';
export { ArticleSearchIndex } from './search/articleSearchIndex';
export type { SearchableArticle, SearchHit, SearchFilters } from './search/articleSearchIndex';
export { parseSearchQuery, isEmptyQuery } from './search/searchQuery';
export type { SearchQuery } from './search/searchQuery';
export { searchTokens } from './search/searchTokens';
export { searchExcerpt } from './search/searchExcerpt';
