// One GET of an article's page, with the feed fetcher's limits, then extraction: what the full-article cache keeps.
import { acceptPages, fetchFeed, type FetchFeedOptions, type FetchResult } from '../fetch/fetchFeed';
import type { ArticlePageSummary, CachedArticlePage } from '../storage/articlePageCache';
import { extractArticle, type ExtractedArticle } from './extractArticle';

/** Pages are larger than feeds' articles but rarely past a few MB; anything larger is not a tutorial page. */
export const maxArticlePageBytes = 4 * 1024 * 1024;

export type PageFetcher = (url: string, options: FetchFeedOptions) => Promise<FetchResult>;

export interface ArticlePageOptions {
  timeoutMs?: number;
  /** The cached page, whose validators make a repeat fetch cheap. */
  cached?: CachedArticlePage;
  fetch?: PageFetcher;
  now?: () => Date;
}

/**
 * Fetches `link` and extracts its article. Returns the page to cache (the cached one, re-dated, on 304).
 * Throws the fetcher's errors (404, timeout, too large, redirected to another site) and "not an HTML page".
 */
export async function fetchArticlePage(itemId: string, link: string, options: ArticlePageOptions = {}): Promise<CachedArticlePage> {
  const fetch = options.fetch ?? fetchFeed;
  const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
  const result = await fetch(link, {
    accept: acceptPages, sameHost: true, noun: 'Page', maxBytes: maxArticlePageBytes, timeoutMs: options.timeoutMs,
    etag: options.cached?.etag, lastModified: options.cached?.lastModified,
  });
  if (result.status === 'not-modified' && options.cached) return { ...options.cached, fetchedAt };
  if (result.status === 'not-modified') throw new Error(`${link} answered 304 Not Modified to a first request`);
  return {
    schemaVersion: 1, itemId, url: link, finalUrl: result.url, fetchedAt, etag: result.etag, lastModified: result.lastModified,
    article: extractArticle(result.text, result.url),
  };
}

/** The index entry for a cached page: how many code blocks its article has, in which languages. */
export function summarizeArticlePage(page: CachedArticlePage): ArticlePageSummary {
  return { fetchedAt: page.fetchedAt, hasArticle: page.article !== undefined, ...codeOf(page.article) };
}

function codeOf(article: ExtractedArticle | undefined): { codeBlocks: number; languages: string[] } {
  if (!article) return { codeBlocks: 0, languages: [] };
  const blocks = article.contentHtml.match(/<pre\b[^>]*>/gi) ?? [];
  const languages = blocks.map((tag) => /\bdata-lang="([^"]+)"/i.exec(tag)?.[1]).filter((l): l is string => !!l);
  return { codeBlocks: blocks.length, languages: [...new Set(languages)] };
}
