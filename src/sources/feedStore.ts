import * as vscode from 'vscode';
import type { Feed } from '../core/model';
import { feedParserGeneration, parseFeed } from '../core/feed/parseFeed';
import { fetchFeed, type FetchResult } from '../core/fetch/fetchFeed';
import { BackoffError } from '../core/fetch/requestScheduler';
import type { FeedCache } from '../core/storage/feedCache';
import { shrinkRefusal, type FeedSize } from '../core/sources/feedShrink';
import { sourceKey, type SourceConfig } from '../core/sources/sourceList';
import type { Article } from '../articles/article';
import type { ArticleKey } from '../storage/articleStateStore';
import { Disposable } from '../util/dispose';
import { nullLogger, type ILogger } from '../util/logger';

export type SourceStatus = 'idle' | 'loading' | 'error';

/** One subscribed source as the tree shows it: its last good feed, and how its last refresh went. */
export interface SourceState {
  readonly key: string;
  config: SourceConfig;
  feed?: Feed;
  fetchedAt?: string;
  status: SourceStatus;
  error?: string;
  /** The size of a parse last refused as a suspicious shrink (see shrinkRefusal), kept for the next refresh. */
  refusedShrink?: FeedSize;
}

export function sourceTitle(source: SourceState): string {
  if (source.config.name) return source.config.name;
  if (source.feed?.title) return source.feed.title;
  // Before its first fetch a source has no title: host and path tell two feeds of one site apart.
  try {
    const url = new URL(source.config.url);
    if (url.protocol === 'file:') return decodeURIComponent(url.pathname.split('/').pop() || url.pathname);
    const where = `${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`;
    return where || source.config.url;
  } catch {
    return source.config.url;
  }
}

export type FeedFetcher = (url: string, options: { etag?: string; lastModified?: string }) => Promise<FetchResult>;

/** Runs one refresh task under the shared request limits; `manual` refreshes skip per-host backoff. */
export type RefreshQueue = <T>(url: string, task: () => Promise<T>, options: { manual: boolean }) => Promise<T>;

/**
 * Holds every source's state, fed from the on-disk cache first (instant) and the network after.
 * A failed fetch or parse keeps the last good articles and records the error: nothing cached is ever lost.
 */
export class FeedStore extends Disposable {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<SourceState | undefined>());
  /** Fires with the source that changed, or undefined when the list of sources changed. */
  readonly onDidChange = this._onDidChange.event;
  private readonly _onDidMove = this._register(new vscode.EventEmitter<{ source: SourceState; newUrl: string }>());
  /** Fires when a feed answered with a permanent redirect, so the user can update the source. */
  readonly onDidMove = this._onDidMove.event;

  private readonly _onDidRefresh = this._register(new vscode.EventEmitter<SourceState>());
  /** Fires when a refresh of the source succeeded (new articles or not modified). */
  readonly onDidRefresh = this._onDidRefresh.event;
  private readonly _onDidRemoveCache = this._register(new vscode.EventEmitter<string>());
  /** Fires with the key of a removed source whose cache was deleted, so what else is cached for it goes too. */
  readonly onDidRemoveCache = this._onDidRemoveCache.event;

  private _sources: SourceState[] = [];
  private readonly _inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly _cache: FeedCache,
    private readonly _queue: RefreshQueue,
    /** Maps a source URL to what is fetched (the built-in feed lives inside the extension). */
    private readonly _resolveUrl: (url: string) => string = (url) => url,
    private readonly _fetch: FeedFetcher = (url, options) => fetchFeed(url, options),
    private readonly _log: ILogger = nullLogger,
  ) {
    super();
  }

  sources(): readonly SourceState[] {
    return this._sources;
  }

  get(key: string): SourceState | undefined {
    return this._sources.find((s) => s.key === key);
  }

  /** Replaces the list of sources, keeping the state of those still listed. Returns the newly added ones. */
  setSources(configs: readonly SourceConfig[]): SourceState[] {
    const previous = new Map(this._sources.map((s) => [s.key, s]));
    const added: SourceState[] = [];
    this._sources = configs.map((config) => {
      const key = sourceKey(config.url);
      const old = previous.get(key);
      // Updated in place: a refresh under way holds this object and must land where the tree looks.
      if (old) {
        old.config = config;
        return old;
      }
      const fresh: SourceState = { key, config, status: 'idle' };
      added.push(fresh);
      return fresh;
    });
    this._onDidChange.fire(undefined);
    return added;
  }

  /** Loads what the cache holds for the given sources, so articles show before any network. */
  async loadCached(sources: readonly SourceState[] = this._sources): Promise<void> {
    await Promise.all(sources.map(async (source) => {
      const cached = await this._cache.read(source.key);
      if (!cached || source.feed) return;
      source.feed = cached.feed;
      source.fetchedAt = cached.fetchedAt;
      if (cached.lastError) {
        source.status = 'error';
        source.error = cached.lastError.message;
      }
      this._onDidChange.fire(source);
    }));
  }

  /** Refreshes the given sources (all by default); a source already refreshing is not fetched twice. */
  async refresh(keys?: readonly string[], options: { manual: boolean } = { manual: true }): Promise<void> {
    const targets = keys ? this._sources.filter((s) => keys.includes(s.key)) : [...this._sources];
    await Promise.all(targets.map((source) => {
      let running = this._inFlight.get(source.key);
      if (!running) {
        running = this._refreshOne(source, options.manual).finally(() => this._inFlight.delete(source.key));
        this._inFlight.set(source.key, running);
      }
      return running;
    }));
  }

  articles(): Article[] {
    return this._sources.flatMap((source) => this.articlesOf(source));
  }

  articlesOf(source: SourceState): Article[] {
    const title = sourceTitle(source);
    const items = [...(source.feed?.items ?? [])];
    // Newest first; undated items keep their feed order after the dated ones.
    items.sort((a, b) => dateValue(b.published ?? b.updated) - dateValue(a.published ?? a.updated));
    return items.map((item) => ({ sourceKey: source.key, sourceTitle: title, item }));
  }

  findArticle(key: ArticleKey): Article | undefined {
    const source = this.get(key.sourceKey);
    const item = source?.feed?.items.find((i) => i.id === key.itemId);
    return source && item ? { sourceKey: source.key, sourceTitle: sourceTitle(source), item } : undefined;
  }

  async removeCache(key: string): Promise<void> {
    await this._cache.remove(key);
    this._onDidRemoveCache.fire(key);
  }

  private async _refreshOne(source: SourceState, manual: boolean): Promise<void> {
    const before = { status: source.status, error: source.error };
    source.status = 'loading';
    this._onDidChange.fire(source);
    const cached = await this._cache.read(source.key).catch(() => undefined);
    const started = Date.now();
    try {
      const url = this._resolveUrl(source.config.url);
      // A cache an older parser made is fetched in full once, so the text is read again (a 304 would keep it).
      const validators = cached?.parserGeneration === feedParserGeneration ? { etag: cached.etag, lastModified: cached.lastModified } : {};
      const result = await this._queue(url, () => this._fetch(url, validators), { manual });
      // Removed while it was being fetched: don't bring its cache file back.
      if (this.get(source.key) !== source) return;
      const fetchedAt = new Date().toISOString();
      if (result.status === 'not-modified') {
        if (cached) await this._cache.write(source.key, { ...cached, fetchedAt, lastError: undefined });
        source.feed ??= cached?.feed;
      } else {
        const feed = parseFeed(result.text, result.url);
        const cachedSize = cached && { items: cached.feed.items.length, textLength: cached.textLength ?? 0 };
        const refusal = shrinkRefusal(result.url, cachedSize, feed, result.text.length, source.refusedShrink);
        if (refusal) {
          source.refusedShrink = { items: feed.items.length, textLength: result.text.length };
          throw new Error(refusal);
        }
        source.refusedShrink = undefined;
        if (feed.truncated) this._log.warn(`${sourceTitle(source)}: the feed ends before its closing tag; read its ${feed.items.length} articles`);
        await this._cache.write(source.key, {
          schemaVersion: 1, url: source.config.url, fetchedAt, etag: result.etag, lastModified: result.lastModified, feed,
          textLength: result.text.length, parserGeneration: feedParserGeneration,
        });
        source.feed = feed;
        if (result.permanentRedirect && result.permanentRedirect !== url) this._onDidMove.fire({ source, newUrl: result.permanentRedirect });
      }
      source.fetchedAt = fetchedAt;
      source.status = 'idle';
      source.error = undefined;
      this._log.info(`${sourceTitle(source)}: ${result.status === 'not-modified' ? 'not modified' : `${source.feed?.items.length ?? 0} articles`} (${Date.now() - started} ms)`);
      this._onDidRefresh.fire(source);
    } catch (error) {
      if (error instanceof BackoffError) {
        // A scheduled refresh skipped a host that asked us to wait: nothing new happened to this source.
        Object.assign(source, before);
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      source.feed ??= cached?.feed;
      source.status = 'error';
      source.error = message;
      this._log.warn(`${sourceTitle(source)}: ${message}`);
      await this._cache.recordError(source.key, message).catch(() => undefined);
    } finally {
      this._onDidChange.fire(source);
    }
  }
}

function dateValue(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}
