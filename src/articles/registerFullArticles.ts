import * as vscode from 'vscode';
import { ArticlePageCache } from '../core/storage/articlePageCache';
import { fetchTimeoutSeconds, type SourcesFeature } from '../sources/registerSources';
import type { ArticleStateStore } from '../storage/articleStateStore';
import type { ILogger } from '../util/logger';
import { articleKey } from './article';
import { FullArticles } from './fullArticles';

/** Unread articles of one source whose pages a refresh fetches in the background, newest first. */
const prefetchPerRefresh = 10;

/** Full articles for teaser feeds: the service, its disk cache beside the feeds', prefetch after each refresh. */
export function createFullArticles(context: vscode.ExtensionContext, sources: SourcesFeature, state: ArticleStateStore, log: ILogger): FullArticles {
  const cache = new ArticlePageCache(vscode.Uri.joinPath(context.globalStorageUri, 'articles').fsPath, (message) => log.warn(message));
  const fullArticles = new FullArticles({
    cache,
    requests: sources.requests,
    modeOf: (sourceKey) => sources.store.get(sourceKey)?.config.fullArticle ?? 'auto',
    timeoutMs: () => fetchTimeoutSeconds() * 1000,
    log,
  });
  context.subscriptions.push(fullArticles);
  void fullArticles.loadSummaries(sources.store.sources().map((s) => s.key));
  context.subscriptions.push(sources.store.onDidChange((source) => {
    // A source added since activation gets its index read too.
    if (source === undefined) void fullArticles.loadSummaries(sources.store.sources().map((s) => s.key));
  }));
  context.subscriptions.push(sources.store.onDidRefresh((source) => {
    const unread = sources.store.articlesOf(source).filter((article) => !state.isRead(articleKey(article)));
    void fullArticles.prefetch(unread.slice(0, prefetchPerRefresh));
  }));
  context.subscriptions.push(sources.store.onDidRemoveCache((key) => void fullArticles.removeSource(key)));
  return fullArticles;
}
