import type { FullArticles } from '../articles/fullArticles';
import type { FeedStore } from '../sources/feedStore';
import type { ArticleStateStore } from '../storage/articleStateStore';
import type { CommandManager } from '../util/commandManager';
import { ArticleSearch } from './articleSearch';
import { SearchArticlesCommand } from './searchArticlesCommand';

/** Search Articles and the index behind it. */
export function registerSearch(deps: { store: FeedStore; state: ArticleStateStore; fullArticles: FullArticles }, commands: CommandManager) {
  const search = new ArticleSearch(deps.store, deps.state, deps.fullArticles);
  const command = commands.register(new SearchArticlesCommand(search, () => deps.store.sources().reduce((sum, s) => sum + (s.feed?.items.length ?? 0), 0)));
  return { search, command, dispose: () => search.dispose() };
}
