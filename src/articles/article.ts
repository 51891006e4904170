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
