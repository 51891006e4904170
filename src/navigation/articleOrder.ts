import { articleKey, type Article } from '../articles/article';
import { articleKeyString, type ArticleKey } from '../storage/articleStateStore';

function indexOf(articles: readonly Article[], current: ArticleKey | undefined): number {
  if (!current) return -1;
  const s = articleKeyString(current);
  return articles.findIndex((article) => articleKeyString(articleKey(article)) === s);
}

/**
 * The article after (`step` 1) or before (-1) `current` in its source's list, in the tree's order. With no current
 * article, the first one. Undefined at either end: Next and Previous stay within a source, as feed readers' j/k do.
 */
export function adjacentArticle(articles: readonly Article[], current: ArticleKey | undefined, step: 1 | -1): Article | undefined {
  const at = indexOf(articles, current);
  if (at < 0) return articles[0];
  return articles[at + step];
}

/**
 * The first unread article after `current`: further down its source, then in the sources below, then from the top
 * (wrapping round to just before `current`). Undefined when every article has been read.
 */
export function nextUnreadArticle(sources: readonly (readonly Article[])[], current: ArticleKey | undefined, isRead: (key: ArticleKey) => boolean): Article | undefined {
  const all = sources.flat();
  const at = indexOf(all, current);
  for (let step = 1; step <= all.length; step++) {
    const candidate = all[(at + step + all.length) % all.length];
    if (!isRead(articleKey(candidate)) && (at < 0 || step < all.length)) return candidate;
  }
  return undefined;
}
