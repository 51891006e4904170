import * as vscode from 'vscode';
import type { ArticleSearchIndex, SearchableArticle, SearchHit } from '../core/search/articleSearchIndex';
import type { Article } from '../articles/article';
import { articleKey } from '../articles/article';
import { codeLanguagesOf } from '../articles/codeLanguages';
import { contentEngine } from '../articles/contentEngine';
import type { FullArticles } from '../articles/fullArticles';
import type { FeedStore, SourceState } from '../sources/feedStore';
import { articleKeyString, parseArticleKeyString, type ArticleStateStore } from '../storage/articleStateStore';
import { Disposable } from '../util/dispose';

/** Articles indexed between two turns of the extension host's event loop. */
const chunk = 25;

/**
 * The full-text index behind Search Articles, built on first search (the index code loads then, not at activation)
 * and kept current as sources refresh: only a refreshed source's new or changed articles are indexed again.
 */
export class ArticleSearch extends Disposable {
  private readonly _onDidUpdate = this._register(new vscode.EventEmitter<void>());
  /** Fires when a source's articles were (re)indexed or removed: an open search shows its hits again. */
  readonly onDidUpdate = this._onDidUpdate.event;
  private _index: ArticleSearchIndex | undefined;
  /** Sources to bring up to date, in order; one update runs at a time. */
  private _queue: Promise<void> = Promise.resolve();

  constructor(private readonly _store: FeedStore, private readonly _state: ArticleStateStore, private readonly _fullArticles: FullArticles) {
    super();
    this._register(_store.onDidChange((source) => {
      if (!this._index) return;
      if (source) this._enqueue(source);
      else this._enqueueAll();
    }));
  }

  /** Builds the index the first time (reporting progress as articles are indexed), then waits for pending updates. */
  ready(progress?: (indexed: number, total: number) => void): Promise<void> {
    if (!this._index) {
      this._index = new (contentEngine().ArticleSearchIndex)();
      this._enqueueAll(progress);
    }
    return this._queue;
  }

  get isBuilt(): boolean {
    return this._index !== undefined;
  }

  /** The articles matching `text` (words and filters), best first, with the words that matched. */
  search(text: string, limit = 200): { article: Article; hit: SearchHit }[] {
    if (!this._index) return [];
    const query = contentEngine().parseSearchQuery(text);
    // Per keystroke: only the hits are looked up, never every article.
    const hits = this._index.search(query, {
      isUnread: (key) => !this._state.isRead(parseArticleKeyString(key)),
      isSaved: (key) => this._state.isSaved(parseArticleKeyString(key)),
    }, limit);
    return hits.flatMap((hit) => {
      const article = this._store.findArticle(parseArticleKeyString(hit.key));
      return article ? [{ article, hit }] : [];
    });
  }

  private _enqueueAll(progress?: (indexed: number, total: number) => void): void {
    const sources = [...this._store.sources()];
    const total = sources.reduce((sum, source) => sum + (source.feed?.items.length ?? 0), 0);
    let indexed = 0;
    const listed = new Set(sources.map((source) => source.key));
    this._queue = this._queue.then(() => {
      const gone = this._index?.sourceKeys().filter((key) => !listed.has(key)) ?? [];
      for (const key of gone) this._index?.removeSource(key);
      if (gone.length) this._onDidUpdate.fire();
    });
    for (const source of sources) {
      this._enqueue(source, () => { indexed += source.feed?.items.length ?? 0; progress?.(indexed, total); });
    }
  }

  private _enqueue(source: SourceState, done?: () => void): void {
    this._queue = this._queue.then(async () => {
      const index = this._index;
      if (!index || this.isDisposed) return;
      if (this._store.get(source.key) !== source) {
        const had = index.sourceKeys().includes(source.key);
        index.removeSource(source.key);
        if (had) this._onDidUpdate.fire();
        return;
      }
      const articles = this._store.articlesOf(source).map((article) => this._searchable(article));
      const { added, removed } = await index.updateSource(source.key, articles, { yieldEvery: chunk });
      if (added || removed) this._onDidUpdate.fire();
      done?.();
    }).catch(() => undefined);
  }

  private _searchable(article: Article): SearchableArticle {
    const { item } = article;
    const fromPage = this._fullArticles.wanted(article) ? this._fullArticles.summary(article)?.languages ?? [] : [];
    return {
      key: articleKeyString(articleKey(article)),
      sourceTitle: article.sourceTitle,
      title: item.title,
      author: item.author,
      categories: item.categories,
      languages: [...new Set([...codeLanguagesOf(item), ...fromPage])],
      summaryHtml: item.summary,
      bodyHtml: item.contentHtml,
      date: Date.parse(item.published ?? item.updated ?? '') || undefined,
    };
  }
}
