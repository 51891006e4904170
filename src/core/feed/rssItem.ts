// One RSS 0.9x/2.0 or RSS 1.0 item, with the Dublin Core, content, XHTML, iTunes and Media RSS elements feeds use
// in place of (or beside) the plain ones: each plain element wins when present, the others fill in when it is not.
import type { FeedItem } from '../model';
import { htmlValue, textOrHtmlValue, textValue, xhtmlValue } from './elementValues';
import { parseFeedDate } from './feedDates';
import { nestedBase, resolveUrl } from './feedUrls';
import { cleanText, excerpt } from './htmlText';
import { mediaImageUrl } from './mediaImage';
import { stableItemId } from './stableId';
import { firstValue } from './xml/firstValue';
import { attribute, child, children, type XmlElement } from './xml/xmlTree';

export function readRssItem(item: XmlElement, base: string | undefined): FeedItem {
  const itemBase = nestedBase(attribute(item, 'xml:base'), base);
  const guidElement = child(item, 'guid');
  const guid = textValue(guidElement);
  const media = [item, ...children(item, 'media:group')];
  const summary = firstValue(item, ['description', 'dc:description'], htmlValue)
    ?? firstValue(item, ['itunes:summary'], textOrHtmlValue)
    ?? mediaValue(media, 'media:description', textOrHtmlValue)
    ?? firstValue(item, ['itunes:subtitle'], textOrHtmlValue);
  const content = firstValue(item, ['content:encoded', 'fullitem'], htmlValue)
    ?? firstValue(item, ['xhtml:body', 'xhtml:div'], xhtmlValue)
    ?? summary;
  const published = firstValue(item, ['pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'atom:published'], dateValue);
  const updated = firstValue(item, ['atom:updated', 'dcterms:modified'], dateValue);
  const link = resolveUrl(itemLink(item, guidElement, guid), itemBase);
  const title = firstValue(item, ['title', 'dc:title'], textValue) ?? mediaValue(media, 'media:title', textValue)
    ?? firstValue(item, ['itunes:title'], textValue);
  const authors = itemAuthors(item);
  return {
    id: stableItemId({ declaredId: guid, link, title, date: published ?? updated, content }),
    title: title ?? (content && excerpt(content)) ?? '(untitled)',
    link,
    author: authors[0],
    ...(authors.length > 0 ? { authors } : {}),
    published,
    updated,
    summary,
    contentHtml: content,
    categories: itemCategories(item, media),
    imageUrl: mediaImageUrl(item, itemBase),
  };
}

function dateValue(element: XmlElement | undefined): string | undefined {
  return parseFeedDate(textValue(element));
}

/** The first value of a Media RSS element, on the item itself or in one of its media:group elements. */
function mediaValue(holders: readonly XmlElement[], name: string, read: (element: XmlElement | undefined) => string | undefined): string | undefined {
  for (const holder of holders) {
    const value = firstValue(holder, [name], read);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `<link>`, else a permalink guid (RSS 2.0 says a guid is the link unless isPermaLink="false"), else Atom's link, else RDF's about. */
function itemLink(item: XmlElement, guidElement: XmlElement | undefined, guid: string | undefined): string | undefined {
  const link = children(item, 'link').map((l) => textValue(l) ?? cleanText(attribute(l, 'href'))).find(Boolean);
  if (link) return link;
  const permaLink = attribute(guidElement, 'ispermalink')?.trim().toLowerCase() !== 'false';
  if (guid && permaLink && /^https?:\/\//i.test(guid)) return guid;
  const atomLink = children(item, 'atom:link').find((l) => (attribute(l, 'rel')?.trim() || 'alternate') === 'alternate');
  return cleanText(attribute(atomLink, 'href')) ?? cleanText(attribute(item, 'rdf:about'));
}

/** Dublin Core creators, else RSS's author ("jo@example.com (Jo Bloggs)" gives "Jo Bloggs"), else iTunes's; each once. */
function itemAuthors(item: XmlElement): string[] {
  const written = [...children(item, 'dc:creator'), ...children(item, 'author'), ...children(item, 'dc:author')];
  const names = written.map((element) => personName(textValue(element))).filter((name): name is string => name !== undefined);
  if (names.length === 0) names.push(...children(item, 'itunes:author').map(textValue).filter((name): name is string => name !== undefined));
  return [...new Set(names)];
}

/** The name in "jo@example.com (Jo Bloggs)", "Jo Bloggs (jo@example.com)", "Jo Bloggs <jo@example.com>"; else as written. */
function personName(author: string | undefined): string | undefined {
  if (!author) return undefined;
  const emailThenName = /^\S+@\S+\s*\((.+)\)$/.exec(author);
  if (emailThenName) return cleanText(emailThenName[1]);
  const nameThenEmail = /^(.+?)\s*[<(]\s*(?:mailto:)?\S+@[^\s>)]+\s*[>)]$/.exec(author);
  return nameThenEmail ? cleanText(nameThenEmail[1]) : author;
}

function itemCategories(item: XmlElement, media: readonly XmlElement[]): string[] {
  const names = [
    ...children(item, 'category').map(textValue),
    ...children(item, 'dc:subject').map(textValue),
    ...media.flatMap((holder) => children(holder, 'media:category')).map((c) => textValue(c) ?? cleanText(attribute(c, 'label'))),
    ...itunesCategories(item),
    ...(textValue(child(item, 'itunes:keywords'))?.split(',').map((keyword) => cleanText(keyword)) ?? []),
  ].filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}

/** iTunes categories, nested ones included (<itunes:category text="Technology"><itunes:category text="Gadgets"/>). */
function itunesCategories(element: XmlElement): Array<string | undefined> {
  return children(element, 'itunes:category').flatMap((category) => [
    cleanText(attribute(category, 'text')),
    ...children(category, 'itunes:category').map((inner) => cleanText(attribute(inner, 'text'))),
  ]);
}
