import * as vscode from 'vscode';
import { wantsFullArticle, type FullArticleMode } from '../core/article/fullArticleRule';
import type { ExtractedArticle } from '../core/article/extractArticle';
import type { PageFetcher } from '../core/article/fetchArticlePage';
import { ConcurrencyLimiter } from '../core/fetch/concurrencyLimiter';
import { BackoffError, type RequestScheduler } from '../core/fetch/requestScheduler';
import type { ArticlePageCache, ArticlePageSummary, CachedArticlePage } from '../core/storage/articlePageCache';
import { articleKeyString, type ArticleKey } from '../storage/articleStateStore';
import { Disposable } from '../util/dispose';
import type { ILogger } from '../util/logger';
import { articleKey, type Article } from './article';
import { contentEngine } from './contentEngine';

/** Where an article's full text stands, as the preview and the tree show it. */
export type FullArticleState =
  /** The feed's text is the article: its source never fetches pages, or the feed text looks complete. */
  | { readonly kind: 'off' }
  /** Wanted, not in memory yet (it may be on disk: `load` reads it). */
  | { readonly kind: 'pending'; readonly host: string }
  | { readonly kind: 'loading'; readonly host: string }
  | { readonly kind: 'full'; readonly host: string; readonly article: ExtractedArticle; readonly pageUrl: string }
  /** Fetched, but the page holds no readable article (a login wall, a video page). */
  | { readonly kind: 'none'; readonly host: string }
  | { readonly kind: 'failed'; readonly host: string; readonly reason: string };

export interface FullArticlesOptions {
  readonly cache: ArticlePageCache;
  readonly requests: RequestScheduler;
  /** The source's fullArticle setting. */
  readonly modeOf: (sourceKey: string) => FullArticleMode;
  readonly timeoutMs: () => number;
  readonly log: ILogger;
  readonly fetch?: PageFetcher;
}

/** Full articles kept in memory at once; the rest stay on disk until asked for. */
const memoryCapacity = 40;
/** Pages fetched at once in the background after a refresh; the preview's own fetch does not wait for them. */
const prefetchConcurrency = 2;

/**
 * Full articles for teaser feeds: fetched from the article's page on preview (and in the background after a
 * refresh), extracted, cached on disk beside the feed cache and reused offline. A failure is remembered for the
 * session and shown with the feed text; it never touches the feed's cached articles.
 */
export class FullArticles extends Disposable {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<ArticleKey>());
  /** Fires with the article whose full text arrived, failed or was toggled. */
  readonly onDidChange = this._onDidChange.event;

  private readonly _pages = new Map<string, CachedArticlePage>();
  private readonly _summaries = new Map<string, ReadonlyMap<string, ArticlePageSummary>>();
  private readonly _loading = new Map<string, Promise<void>>();
  private readonly _failures = new Map<string, string>();
  private readonly _feedTextShown = new Set<string>();
  private readonly _prefetchLimiter = new ConcurrencyLimiter(prefetchConcurrency);

  constructor(private readonly _options: FullArticlesOptions) {
    super();
  }

  /** Whether the page of `article` is to be fetched at all. */
  wanted(article: Article): boolean {
    return wantsFullArticle(article.item, this._options.modeOf(article.sourceKey));
  }

  state(article: Article): FullArticleState {
    if (!this.wanted(article)) return { kind: 'off' };
    const key = keyOf(article);
    const host = hostOf(article.item.link);
    if (this._loading.has(key)) return { kind: 'loading', host };
    const failure = this._failures.get(key);
    if (failure !== undefined) return { kind: 'failed', host, reason: failure };
    const page = this._pages.get(key);
    if (!page) return { kind: 'pending', host };
    return page.article ? { kind: 'full', host, article: page.article, pageUrl: page.finalUrl } : { kind: 'none', host };
  }

  /** The body the reader sees: the full article unless it is missing or the reader chose the feed's text. */
  body(article: Article): { html: string; baseUrl?: string } {
    const state = this.state(article);
    if (state.kind === 'full' && !this.showsFeedText(article)) return { html: state.article.contentHtml, baseUrl: state.pageUrl };
    return { html: article.item.contentHtml ?? article.item.summary ?? '', baseUrl: article.item.link };
  }

  /** What the cache's index says of the article's full text (code blocks, languages), without reading it. */
  summary(article: Article): ArticlePageSummary | undefined {
    return this._summaries.get(article.sourceKey)?.get(article.item.id);
  }

  showsFeedText(article: Article): boolean {
    return this._feedTextShown.has(keyOf(article));
  }

  setShowFeedText(article: Article, show: boolean): void {
    const key = keyOf(article);
    if (show) this._feedTextShown.add(key);
    else this._feedTextShown.delete(key);
    this._onDidChange.fire(articleKey(article));
  }

  /** Reads the index of each source's cached pages, so the tree and search know their code. */
  async loadSummaries(sourceKeys: readonly string[]): Promise<void> {
    await Promise.all(sourceKeys.map(async (sourceKey) => {
      this._summaries.set(sourceKey, await this._options.cache.summaries(sourceKey).catch(() => new Map()));
    }));
  }

  /**
   * Brings the full text into memory: from the disk cache, else (unless `cacheOnly`) from the page. `manual`
   * (the reader opened it, or pressed Retry) goes ahead even when the host is backing off, and retries a failure.
   */
  load(article: Article, options: { manual: boolean; cacheOnly?: boolean }): Promise<void> {
    if (!this.wanted(article)) return Promise.resolve();
    const key = keyOf(article);
    const running = this._loading.get(key);
    if (running) return running;
    if (this._pages.has(key) && !options.manual) return Promise.resolve();
    if (this._failures.has(key) && !options.manual) return Promise.resolve();
    const task = this._load(article, key, options).finally(() => {
      this._loading.delete(key);
      this._onDidChange.fire(articleKey(article));
    });
    this._loading.set(key, task);
    if (!options.cacheOnly) this._onDidChange.fire(articleKey(article));
    return task;
  }

  /** Fetches in the background what a refresh brought in, two pages at a time, skipping hosts that back off. */
  prefetch(articles: readonly Article[]): Promise<void> {
    const wanted = articles.filter((a) => this.wanted(a) && this.state(a).kind === 'pending');
    return Promise.all(wanted.map((article) => this._prefetchLimiter.run(() => this.load(article, { manual: false })))).then(() => undefined);
  }

  /** Forgets what is in memory (bodies, failures, choices), as a window reload does; the disk cache stays. */
  forgetLoaded(): void {
    this._pages.clear();
    this._failures.clear();
    this._feedTextShown.clear();
  }

  /** Forgets a removed source's pages, on disk too. */
  async removeSource(sourceKey: string): Promise<void> {
    for (const key of [...this._pages.keys()]) if (key.startsWith(`${sourceKey}\u0000`)) this._pages.delete(key);
    this._summaries.delete(sourceKey);
    await this._options.cache.removeSource(sourceKey);
  }

  private async _load(article: Article, key: string, options: { manual: boolean; cacheOnly?: boolean }): Promise<void> {
    const { cache, requests, log } = this._options;
    const cached = this._pages.get(key) ?? await cache.read(article.sourceKey, article.item.id).catch(() => undefined);
    if (cached && !(options.manual && this._failures.has(key))) {
      this._remember(key, cached);
      return;
    }
    if (options.cacheOnly) return;
    const link = article.item.link as string;
    const started = Date.now();
    try {
      // Readability and linkedom load with the rest of the content engine, on first use.
      const { fetchArticlePage, summarizeArticlePage } = contentEngine();
      const page = await requests.run(link, () => fetchArticlePage(article.item.id, link, {
        cached, timeoutMs: this._options.timeoutMs(), fetch: this._options.fetch,
      }), { manual: options.manual });
      const summary = summarizeArticlePage(page);
      await cache.write(article.sourceKey, page, summary);
      this._summaries.set(article.sourceKey, new Map([...(this._summaries.get(article.sourceKey) ?? []), [article.item.id, summary]]));
      this._failures.delete(key);
      this._remember(key, page);
      log.info(`Full article ${link}: ${page.article ? `${page.article.textLength} characters, ${summary.codeBlocks} code blocks` : 'no readable article'} (${Date.now() - started} ms)`);
    } catch (error) {
      // A background fetch that met a backing-off host simply did not happen; the preview will ask again.
      if (error instanceof BackoffError && !options.manual) return;
      const reason = error instanceof Error ? error.message : String(error);
      this._failures.set(key, reason);
      log.warn(`Full article ${link}: ${reason}`);
    }
  }

  private _remember(key: string, page: CachedArticlePage): void {
    this._pages.delete(key);
    this._pages.set(key, page);
    while (this._pages.size > memoryCapacity) this._pages.delete(this._pages.keys().next().value as string);
  }
}

function keyOf(article: Article): string {
  return articleKeyString(articleKey(article));
}

function hostOf(link: string | undefined): string {
  try {
    return link ? new URL(link).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}
