import type { FeedItem } from '../core/model';
import { codeLanguagesInHtml } from '../core/render/html/codeLanguagesInHtml';

/** Read once per item: a feed refresh brings new item objects, so nothing stale is kept. */
const memo = new WeakMap<FeedItem, string[]>();

/**
 * The languages an article's code blocks are marked with, as the converter reads them (same rule), without
 * converting the article: a search over thousands of articles must be instant, so each is read once.
 */
export function codeLanguagesOf(item: FeedItem): string[] {
  let languages = memo.get(item);
  if (!languages) {
    languages = codeLanguagesInHtml(item.contentHtml ?? item.summary ?? '');
    memo.set(item, languages);
  }
  return languages;
}
