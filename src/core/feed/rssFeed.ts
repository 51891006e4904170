// RSS 0.91, 0.92 and 2.0: <rss><channel> with the items inside the channel.
import type { FeedDraft } from './feedDraft';
import { parseFeedDate } from './feedDates';
import { nestedBase, resolveUrl } from './feedUrls';
import { cleanHtml, cleanText } from './htmlText';
import { readRssItem } from './rssItem';
import { attribute, child, childText, children, textOf } from './xmlNodes';

export type FeedHead = Omit<FeedDraft, 'format' | 'items'>;

/** Title, link, description, image and date of an RSS or RDF channel. */
export function readRssChannel(channel: unknown, base: string | undefined): FeedHead {
  const link = children(channel, 'link').map((l) => cleanText(textOf(l))).find(Boolean);
  const image = childText(child(channel, 'image'), 'url') ?? attribute(child(channel, 'itunes:image'), 'href');
  return {
    title: cleanText(childText(channel, 'title')),
    link: resolveUrl(link, base),
    description: cleanHtml(childText(channel, 'description') ?? childText(channel, 'itunes:subtitle')),
    imageUrl: resolveUrl(image, base),
    updated: parseFeedDate(childText(channel, 'lastBuildDate') ?? childText(channel, 'pubDate')
      ?? childText(channel, 'dc:date')),
  };
}

/** The base for relative links: xml:base if any, else the feed's URL, else the site link the channel gives. */
export function channelBase(outer: unknown, channel: unknown, url: string | undefined): string | undefined {
  const declared = nestedBase(attribute(channel, 'xml:base'), nestedBase(attribute(outer, 'xml:base'), url));
  if (declared) return declared;
  return resolveUrl(children(channel, 'link').map((l) => cleanText(textOf(l))).find(Boolean), undefined);
}

export function readRssFeed(rss: unknown, url: string | undefined): FeedDraft {
  const channel = child(rss, 'channel');
  const base = channelBase(rss, channel, url);
  // Some RSS 0.9x generators put the items beside the channel instead of inside it.
  const items = children(channel, 'item').length > 0 ? children(channel, 'item') : children(rss, 'item');
  return { format: 'rss', ...readRssChannel(channel, base), items: items.map((item) => readRssItem(item, base)) };
}
