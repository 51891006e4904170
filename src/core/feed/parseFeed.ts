// The feed parser's entry point: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.x text → Feed.
import type { Feed } from '../model';
import { readAtomFeed } from './atomFeed';
import { isCdfChannel, readCdfFeed } from './cdfFeed';
import { completeFeed, type FeedDraft } from './feedDraft';
import { isJsonFeed, readJsonFeed } from './jsonFeed';
import { readRdfFeed } from './rdfFeed';
import { readRssFeed } from './rssFeed';
import { feedSubject, sniffFeedText } from './sniffFeedText';
import { parseXmlFeedDocument } from './xmlFeedDocument';
import type { XmlElement } from './xml/xmlTree';

export { parseFeedDate } from './feedDates';

/** Bumped when parsing changes what a feed reads as, so caches made by an older parser are read again. */
export const feedParserGeneration = 2;

/**
 * Parses feed text fetched from `url` (used to resolve relative links and to name the feed in errors).
 * Throws an Error with a message for a person when the text is not a feed: empty, an HTML page, plain text,
 * other JSON, XML of another kind, or a DOCTYPE whose entities would expand without bound. Damaged XML (unescaped
 * markup or `&`, a missing end tag, a text cut short) is read as far as it goes: every article in it is kept.
 */
export function parseFeed(text: string, url?: string): Feed {
  const subject = feedSubject(url);
  const sniffed = sniffFeedText(typeof text === 'string' ? text : '', subject);
  const draft = sniffed.syntax === 'json' ? parseJson(sniffed.text, subject, url) : parseXml(sniffed.text, subject, url);
  return completeFeed(draft, url);
}

function parseJson(text: string, subject: string, url: string | undefined): FeedDraft {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${subject} looks like JSON but cannot be read (${detail})`, { cause: error });
  }
  if (!isJsonFeed(data)) {
    throw new Error(`${subject} is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")`);
  }
  return readJsonFeed(data, url);
}

const readers: Record<string, (root: XmlElement, url: string | undefined) => FeedDraft> = {
  rss: readRssFeed, rdf: readRdfFeed, feed: readAtomFeed,
  // A bare <channel>: CDF, or an RSS channel that lost its <rss>.
  channel: (root, url) => (isCdfChannel(root) ? readCdfFeed(root, url) : readRssFeed(root, url)),
};

/** The element that holds one article, by root element. */
const itemElementOf: Record<string, string> = { rss: 'item', rdf: 'item', feed: 'entry', channel: 'item' };

function parseXml(text: string, subject: string, url: string | undefined): FeedDraft {
  const { root, kind, rootName, complete, itemStartTags } = parseXmlFeedDocument(text, subject);
  if (kind === 'html') throw new Error(`${subject} is an HTML page, not a feed`);
  const itemElement = itemElementOf[kind];
  if (!itemElement) {
    throw new Error(`${subject} is an XML document with root element <${rootName}>, not an RSS, Atom or RDF feed`);
  }
  const draft = readers[kind](root, url);
  // The tree keeps every item it saw; this proves it, so a repair gone wrong is an error and never a shorter list.
  const written = itemStartTags.get(itemElement) ?? 0;
  if (draft.items.length < written) {
    throw new Error(`${subject} holds ${written} articles but only ${draft.items.length} could be read; `
      + 'the feed is kept as it was');
  }
  return complete ? draft : { ...draft, truncated: true };
}
