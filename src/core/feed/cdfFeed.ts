// Microsoft's Channel Definition Format (<CHANNEL HREF LASTMOD> with <ITEM>s), which a few old sites still serve
// and mainstream feed libraries still read: title and abstract are elements, link and date attributes.
import type { FeedItem } from '../model';
import { htmlValue, textValue } from './elementValues';
import type { FeedDraft } from './feedDraft';
import { parseFeedDate } from './feedDates';
import { resolveUrl } from './feedUrls';
import { excerpt } from './htmlText';
import { stableItemId } from './stableId';
import { attribute, child, descendants, type XmlElement } from './xml/xmlTree';

/** A bare <channel> is CDF when it or one of its items uses CDF's HREF, LASTMOD or <ABSTRACT>. */
export function isCdfChannel(channel: XmlElement): boolean {
  const isCdf = (element: XmlElement) => attribute(element, 'href') !== undefined || attribute(element, 'lastmod') !== undefined
    || child(element, 'abstract') !== undefined;
  return isCdf(channel) || descendants(channel, 'item').some(isCdf);
}

export function readCdfFeed(channel: XmlElement, url: string | undefined): FeedDraft {
  const link = resolveUrl(attribute(channel, 'href'), url);
  return {
    format: 'cdf',
    title: textValue(child(channel, 'title')),
    link,
    description: htmlValue(child(channel, 'abstract')),
    imageUrl: undefined,
    updated: parseFeedDate(attribute(channel, 'lastmod')),
    items: descendants(channel, 'item').map((item) => readCdfItem(item, url ?? link)),
  };
}

function readCdfItem(item: XmlElement, base: string | undefined): FeedItem {
  const link = resolveUrl(attribute(item, 'href'), base);
  const title = textValue(child(item, 'title'));
  const summary = htmlValue(child(item, 'abstract'));
  const updated = parseFeedDate(attribute(item, 'lastmod'));
  return {
    id: stableItemId({ link, title, date: updated, content: summary }),
    title: title ?? (summary && excerpt(summary)) ?? '(untitled)',
    link,
    published: undefined,
    updated,
    summary,
    contentHtml: summary,
    categories: [],
  };
}
