// One RSS 0.9x/2.0 or RSS 1.0 item, with the Dublin Core, content and Media RSS extensions feeds add to it.
import type { FeedItem } from '../model';
import { parseFeedDate } from './feedDates';
import { nestedBase, resolveUrl } from './feedUrls';
import { cleanHtml, cleanText, excerpt } from './htmlText';
import { mediaImageUrl } from './mediaImage';
import { stableItemId } from './stableId';
import { attribute, child, childText, children, textOf } from './xmlNodes';

export function readRssItem(item: unknown, base: string | undefined): FeedItem {
  const itemBase = nestedBase(attribute(item, 'xml:base'), base);
  const guidElement = child(item, 'guid');
  const guid = cleanText(textOf(guidElement));
  const description = cleanHtml(childText(item, 'description'));
  const encoded = cleanHtml(childText(item, 'content:encoded'));
  const content = encoded ?? description;
  const published = parseFeedDate(childText(item, 'pubDate') ?? childText(item, 'dc:date') ?? childText(item, 'dcterms:issued'));
  const updated = parseFeedDate(childText(item, 'atom:updated') ?? childText(item, 'dcterms:modified'));
  const link = resolveUrl(itemLink(item, guidElement, guid), itemBase);
  const title = cleanText(childText(item, 'title'));
  return {
    id: stableItemId({ declaredId: guid, link, title, date: published ?? updated, content }),
    title: title ?? (content && excerpt(content)) ?? '(untitled)',
    link,
    author: itemAuthor(item),
    published,
    updated,
    summary: description,
    contentHtml: content,
    categories: itemCategories(item),
    imageUrl: mediaImageUrl(item, itemBase),
  };
}

/** `<link>`, else a permalink guid (RSS 2.0 says a guid is the link unless isPermaLink="false"), else RDF's about. */
function itemLink(item: unknown, guidElement: unknown, guid: string | undefined): string | undefined {
  const link = children(item, 'link').map((l) => cleanText(textOf(l) ?? attribute(l, 'href'))).find(Boolean);
  if (link) return link;
  const permaLink = attribute(guidElement, 'isPermaLink')?.trim().toLowerCase() !== 'false';
  if (guid && permaLink && /^https?:\/\//i.test(guid)) return guid;
  return cleanText(attribute(item, 'rdf:about'));
}

/** Dublin Core creators, else RSS's author ("jo@example.com (Jo Bloggs)" gives "Jo Bloggs"), else iTunes's. */
function itemAuthor(item: unknown): string | undefined {
  const creators = [...children(item, 'dc:creator'), ...children(item, 'author')]
    .map((c) => personName(cleanText(textOf(c))))
    .filter((name): name is string => name !== undefined);
  const unique = [...new Set(creators)];
  return unique.length > 0 ? unique.join(', ') : cleanText(childText(item, 'itunes:author'));
}

function personName(author: string | undefined): string | undefined {
  if (!author) return undefined;
  const emailThenName = /^\S+@\S+\s*\((.+)\)$/.exec(author);
  if (emailThenName) return cleanText(emailThenName[1]);
  const nameThenEmail = /^(.+?)\s*<\S+@\S+>$/.exec(author);
  return nameThenEmail ? cleanText(nameThenEmail[1]) : author;
}

function itemCategories(item: unknown): string[] {
  const names = [...children(item, 'category'), ...children(item, 'dc:subject')]
    .map((c) => cleanText(textOf(c)))
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)];
}
