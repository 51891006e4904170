// RSS 1.0 (and 0.90): <rdf:RDF> with channel, image and items as siblings.
import type { FeedDraft } from './feedDraft';
import { resolveUrl } from './feedUrls';
import { textValue } from './elementValues';
import { channelBase, readRssChannel } from './rssFeed';
import { readRssItem } from './rssItem';
import { attribute, child, descendants, type XmlElement } from './xml/xmlTree';

export function readRdfFeed(rdf: XmlElement, url: string | undefined): FeedDraft {
  const channel = child(rdf, 'channel');
  const base = channelBase(rdf, channel, url);
  const head = readRssChannel(channel, base);
  const image = textValue(child(child(rdf, 'image'), 'url')) ?? attribute(child(channel, 'image'), 'rdf:resource');
  return {
    format: 'rdf',
    ...head,
    imageUrl: head.imageUrl ?? resolveUrl(image, base, 'image'),
    items: descendants(rdf, 'item').map((item) => readRssItem(item, base)),
  };
}
