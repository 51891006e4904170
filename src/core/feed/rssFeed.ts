// RSS 0.91, 0.92 and 2.0: <rss><channel> with the items inside the channel (or, from sloppy generators, beside it).
import type { FeedDraft } from './feedDraft';
import { parseFeedDate } from './feedDates';
import { nestedBase, resolveUrl } from './feedUrls';
import { htmlValue, textOrHtmlValue, textValue } from './elementValues';
import { readRssItem } from './rssItem';
import { firstValue } from './xml/firstValue';
import { attribute, child, children, descendants, type XmlElement } from './xml/xmlTree';

export type FeedHead = Omit<FeedDraft, 'format' | 'items'>;

/** Title, link, description, image and date of an RSS or RDF channel. */
export function readRssChannel(channel: XmlElement | undefined, base: string | undefined): FeedHead {
  const image = textValue(child(child(channel, 'image'), 'url')) ?? attribute(child(channel, 'itunes:image'), 'href');
  return {
    title: firstValue(channel, ['title', 'dc:title', 'itunes:title'], textValue),
    link: resolveUrl(channelLink(channel), base),
    description: firstValue(channel, ['description', 'dc:description'], htmlValue)
      ?? firstValue(channel, ['itunes:subtitle', 'itunes:summary'], textOrHtmlValue),
    imageUrl: resolveUrl(image, base, 'image'),
    updated: firstValue(channel, ['lastbuilddate', 'pubdate', 'dc:date', 'dcterms:modified', 'atom:updated'],
      (element) => parseFeedDate(textValue(element))),
  };
}

function channelLink(channel: XmlElement | undefined): string | undefined {
  return children(channel, 'link').map(textValue).find(Boolean);
}

/** The base for relative links: xml:base if any, else the feed's URL, else the site link the channel gives. */
export function channelBase(outer: XmlElement, channel: XmlElement | undefined, url: string | undefined): string | undefined {
  const declared = nestedBase(attribute(channel, 'xml:base'), nestedBase(attribute(outer, 'xml:base'), url));
  return declared ?? resolveUrl(channelLink(channel), undefined);
}

export function readRssFeed(rss: XmlElement, url: string | undefined): FeedDraft {
  const channel = rss.name === 'channel' ? rss : child(rss, 'channel') ?? descendants(rss, 'channel')[0];
  const base = channelBase(rss, channel, url);
  return { format: 'rss', ...readRssChannel(channel, base), items: descendants(rss, 'item').map((item) => readRssItem(item, base)) };
}
