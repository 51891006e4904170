// Atom 1.0 and 0.3: <feed> with <entry> elements; links are <link rel href> and may be relative to xml:base.
import type { FeedItem } from '../model';
import { atomHtml, atomText } from './atomText';
import type { FeedDraft } from './feedDraft';
import { parseFeedDate } from './feedDates';
import { nestedBase, resolveUrl } from './feedUrls';
import { cleanText, excerpt } from './htmlText';
import { mediaImageUrl } from './mediaImage';
import { stableItemId } from './stableId';
import { attribute, child, childText, children, textOf } from './xmlNodes';

export function readAtomFeed(feed: unknown, url: string | undefined): FeedDraft {
  const base = nestedBase(attribute(feed, 'xml:base'), url);
  const feedAuthor = authorNames(feed);
  const logo = cleanText(childText(feed, 'logo') ?? childText(feed, 'icon'));
  return {
    format: 'atom',
    title: atomText(child(feed, 'title')),
    link: alternateLink(feed, base),
    description: atomText(child(feed, 'subtitle') ?? child(feed, 'tagline')),
    imageUrl: resolveUrl(logo, base),
    updated: parseFeedDate(childText(feed, 'updated') ?? childText(feed, 'modified')),
    items: children(feed, 'entry').map((entry) => readAtomEntry(entry, base, feedAuthor)),
  };
}

function readAtomEntry(entry: unknown, feedBase: string | undefined, feedAuthor: string | undefined): FeedItem {
  const base = nestedBase(attribute(entry, 'xml:base'), feedBase);
  const declaredId = cleanText(childText(entry, 'id'));
  const summary = atomHtml(child(entry, 'summary'));
  const content = atomHtml(child(entry, 'content')) ?? summary;
  const published = parseFeedDate(childText(entry, 'published') ?? childText(entry, 'issued') ?? childText(entry, 'created'));
  const updated = parseFeedDate(childText(entry, 'updated') ?? childText(entry, 'modified'));
  // Without an alternate link, an http(s) id is the entry's address in practice.
  const link = alternateLink(entry, base) ?? (declaredId && /^https?:\/\//i.test(declaredId) ? declaredId : undefined);
  const title = atomText(child(entry, 'title'));
  return {
    id: stableItemId({ declaredId, link, title, date: published ?? updated, content }),
    title: title ?? (content && excerpt(content)) ?? '(untitled)',
    link,
    author: authorNames(entry) ?? authorNames(child(entry, 'source')) ?? feedAuthor,
    published,
    updated,
    summary,
    contentHtml: content,
    categories: entryCategories(entry),
    imageUrl: mediaImageUrl(entry, base),
  };
}

/** The rel="alternate" link (a link without rel is one), preferring HTML; never rel="self" or "edit". */
function alternateLink(element: unknown, base: string | undefined): string | undefined {
  const alternates = children(element, 'link').filter((l) => (attribute(l, 'rel')?.trim() || 'alternate') === 'alternate');
  const preferred = alternates.find((l) => /html/i.test(attribute(l, 'type') ?? 'text/html')) ?? alternates[0];
  if (preferred === undefined) return undefined;
  return resolveUrl(attribute(preferred, 'href') ?? textOf(preferred), nestedBase(attribute(preferred, 'xml:base'), base));
}

function authorNames(element: unknown): string | undefined {
  const names = children(element, 'author')
    .map((a) => cleanText(childText(a, 'name') ?? textOf(a)))
    .filter((name): name is string => name !== undefined);
  const unique = [...new Set(names)];
  return unique.length > 0 ? unique.join(', ') : undefined;
}

/** Atom 1.0 category label (readable) or term; Atom 0.3 feeds used dc:subject. */
function entryCategories(entry: unknown): string[] {
  const names = [
    ...children(entry, 'category').map((c) => cleanText(attribute(c, 'label') ?? attribute(c, 'term') ?? textOf(c))),
    ...children(entry, 'dc:subject').map((c) => cleanText(textOf(c))),
  ].filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}
