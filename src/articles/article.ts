import type { FeedItem } from '../core/model';
import type { ArticleKey } from '../storage/articleStateStore';

/** A feed item together with the source it came from: what the tree, preview and commands pass around. */
export interface Article {
  readonly sourceKey: string;
  readonly sourceTitle: string;
  readonly item: FeedItem;
}

export function articleKey(article: Article): ArticleKey {
  return { sourceKey: article.sourceKey, itemId: article.item.id };
}

/** Every author's name, for tooltips and the preview header ("Ben, Chloe"); the tree row shows only the first. */
export function allAuthors(item: FeedItem): string | undefined {
  return item.authors && item.authors.length > 0 ? item.authors.join(', ') : item.author;
}
