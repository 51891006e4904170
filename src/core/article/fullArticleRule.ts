// When an article's feed text is only a teaser, and the page should be fetched for the full article.
import { htmlToText } from '../feed/htmlText';
import type { FeedItem } from '../model';

/** Per source: `auto` fetches the page when the feed text looks truncated, `always` for every article, `never` not. */
export type FullArticleMode = 'auto' | 'always' | 'never';

export const fullArticleModes: readonly FullArticleMode[] = ['auto', 'always', 'never'];

/** Fewer words than this, and no code, is a teaser. */
export const teaserWordLimit = 150;

/** "Read more", "Continue reading (the title)", an ellipsis or "[…]" at the very end of the text. */
const readMoreEnding = /(?:\b(?:read more|read the (?:full|rest)\b.*|continue reading\b.*|keep reading\b.*|full (?:article|story|post)\b.*)|…|\.\.\.|\[(?:…|\.\.\.|&hellip;)\])[\s\W]{0,4}$/i;
/** WordPress's feed footer ("The post X appeared first on Y."), which follows the excerpt it ends. */
const appearedFirstFooter = /\s*The post .{1,300} appeared first on .{1,200}\.?\s*$/i;
/** Markup that full article bodies have and plain excerpts do not. */
const bodyMarkup = /<(?:p|pre|img|h[1-6]|ul|ol|table|blockquote|figure|div|picture|video)[\s>/]/i;

/** Whether the feed's text for `item` is a teaser of a longer page (the `auto` rule; see README). */
export function looksTruncated(item: FeedItem): boolean {
  const body = item.contentHtml ?? item.summary ?? '';
  const text = htmlToText(body).replace(appearedFirstFooter, '');
  const words = text.split(/\s+/).filter(Boolean).length;
  if (!/<pre[\s>]/i.test(body) && words < teaserWordLimit) return true;
  if (readMoreEnding.test(text.slice(-200))) return true;
  // Only a <description>, written as a plain excerpt: the generator's the_excerpt, not the article.
  const onlyDescription = item.summary !== undefined && (item.contentHtml === undefined || item.contentHtml === item.summary);
  return onlyDescription && !bodyMarkup.test(item.summary ?? '');
}

/** Whether the page of `item` should be fetched under `mode`; never without a web link to fetch. */
export function wantsFullArticle(item: FeedItem, mode: FullArticleMode): boolean {
  if (mode === 'never' || !item.link || !/^https?:\/\//i.test(item.link)) return false;
  return mode === 'always' || looksTruncated(item);
}
