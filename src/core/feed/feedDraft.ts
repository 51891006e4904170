// What the format readers return: a Feed whose title may be missing, completed in one place for all formats.
import type { Feed } from '../model';

export type FeedDraft = Omit<Feed, 'title'> & { title: string | undefined };

/** The draft with a title a person can recognise: the feed's own, else its site's host name, else '(untitled feed)'. */
export function completeFeed(draft: FeedDraft, url: string | undefined): Feed {
  return { ...draft, title: draft.title ?? hostName(draft.link) ?? hostName(url) ?? '(untitled feed)' };
}

function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
