// What the format readers return: a Feed whose title may be missing, completed in one place for all formats.
import type { Feed } from '../model';

export type FeedDraft = Omit<Feed, 'title'> & { title: string | undefined };

/** The draft with a title a person can recognise: the feed's own, else its site's host name, else '(untitled feed)'. */
export function completeFeed(draft: FeedDraft, url: string | undefined): Feed {
  return { ...draft, title: draft.title ?? hostName(draft.link) ?? hostName(url) ?? '(untitled feed)', items: withUniqueIds(draft.items) };
}

/**
 * Feeds do repeat a guid or link (a re-posted article, a CMS bug). Ids key read state and tree rows, so a repeat
 * gets `#2`, `#3`…: the first keeps its id, and each article keeps its own state.
 */
function withUniqueIds(items: Feed['items']): Feed['items'] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const count = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, count);
    return count === 1 ? item : { ...item, id: `${item.id}#${count}` };
  });
}

function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
