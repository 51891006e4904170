// Atom 1.0 and 0.3: <feed> with <entry> elements; links are <link rel href> and may be relative to xml:base.
import type { FeedItem } from '../model';
import { atomHtml, atomText } from './atomText';
import { htmlValue, textValue } from './elementValues';
import type { FeedDraft } from './feedDraft';
import { parseFeedDate } from './feedDates';
import { nestedBase, resolveUrl } from './feedUrls';
import { cleanText, excerpt } from './htmlText';
import { mediaImageUrl } from './mediaImage';
import { stableItemId } from './stableId';
import { firstValue } from './xml/firstValue';
import { attribute, child, children, descendants, type XmlElement } from './xml/xmlTree';

export function readAtomFeed(feed: XmlElement, url: string | undefined): FeedDraft {
  const base = nestedBase(attribute(feed, 'xml:base'), url);
  const feedAuthors = authorNames(feed);
  const logo = textValue(child(feed, 'logo')) ?? textValue(child(feed, 'icon'));
  return {
    format: 'atom',
    title: atomText(child(feed, 'title')) ?? textValue(child(feed, 'dc:title')),
    link: alternateLink(feed, base),
    description: atomText(child(feed, 'subtitle') ?? child(feed, 'tagline')) ?? textValue(child(feed, 'dc:description')),
    imageUrl: resolveUrl(logo, base, 'image'),
    updated: firstValue(feed, ['updated', 'modified', 'dc:date', 'dcterms:modified'], dateValue),
    items: descendants(feed, 'entry').map((entry) => readAtomEntry(entry, base, feedAuthors)),
  };
}

function dateValue(element: XmlElement | undefined): string | undefined {
  return parseFeedDate(textValue(element));
}

function readAtomEntry(entry: XmlElement, feedBase: string | undefined, feedAuthors: string[]): FeedItem {
  const base = nestedBase(attribute(entry, 'xml:base'), feedBase);
  const declaredId = textValue(child(entry, 'id'));
  const summary = atomHtml(child(entry, 'summary')) ?? htmlValue(child(entry, 'dc:description'));
  const content = atomHtml(child(entry, 'content')) ?? summary;
  const published = firstValue(entry, ['published', 'issued', 'created', 'dc:date', 'dcterms:issued', 'dcterms:created'], dateValue);
  const updated = firstValue(entry, ['updated', 'modified', 'dcterms:modified'], dateValue);
  // Without an alternate link, an http(s) id is the entry's address in practice.
  const link = alternateLink(entry, base) ?? (declaredId && /^https?:\/\//i.test(declaredId) ? declaredId : undefined);
  const title = atomText(child(entry, 'title')) ?? textValue(child(entry, 'dc:title'));
  const own = authorNames(entry);
  const authors = own.length > 0 ? own : authorNames(child(entry, 'source')).length > 0 ? authorNames(child(entry, 'source')) : feedAuthors;
  return {
    id: stableItemId({ declaredId, link, title, date: published ?? updated, content }),
    title: title ?? (content && excerpt(content)) ?? '(untitled)',
    link,
    author: authors[0],
    ...(authors.length > 0 ? { authors } : {}),
    published,
    updated,
    summary,
    contentHtml: content,
    categories: entryCategories(entry),
    imageUrl: mediaImageUrl(entry, base),
  };
}

/** The rel="alternate" link (a link without rel is one), preferring HTML; never rel="self" or "edit". */
function alternateLink(element: XmlElement, base: string | undefined): string | undefined {
  const alternates = children(element, 'link').filter((l) => (attribute(l, 'rel')?.trim() || 'alternate') === 'alternate');
  const preferred = alternates.find((l) => /html/i.test(attribute(l, 'type') ?? 'text/html')) ?? alternates[0];
  if (preferred === undefined) return undefined;
  return resolveUrl(attribute(preferred, 'href') ?? textValue(preferred), nestedBase(attribute(preferred, 'xml:base'), base));
}

/** Atom's <author> names (else the element's own text), else Dublin Core creators; each once, in order. */
function authorNames(element: XmlElement | undefined): string[] {
  const names = children(element, 'author')
    .map((a) => textValue(child(a, 'name')) ?? (child(a, 'email') ? undefined : textValue(a)))
    .filter((name): name is string => name !== undefined);
  if (names.length === 0) names.push(...children(element, 'dc:creator').map(textValue).filter((name): name is string => name !== undefined));
  return [...new Set(names)];
}

/** Atom 1.0 category term (as every feed library reports it), else its label; Atom 0.3 feeds used dc:subject. */
function entryCategories(entry: XmlElement): string[] {
  const names = [
    ...children(entry, 'category').map((c) => cleanText(attribute(c, 'term')) ?? cleanText(attribute(c, 'label')) ?? textValue(c)),
    ...children(entry, 'dc:subject').map(textValue),
  ].filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}

