// The feed parser's entry point: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.x text → Feed.
import type { Feed } from '../model';
import { readAtomFeed } from './atomFeed';
import { completeFeed, type FeedDraft } from './feedDraft';
import { isJsonFeed, readJsonFeed } from './jsonFeed';
import { readRdfFeed } from './rdfFeed';
import { readRssFeed } from './rssFeed';
import { feedSubject, sniffFeedText } from './sniffFeedText';
import { parseXmlFeedDocument } from './xmlFeedDocument';

export { parseFeedDate } from './feedDates';

/**
 * Parses feed text fetched from `url` (used to resolve relative links and to name the feed in errors).
 * Throws an Error with a message for a person when the text is not a feed: empty, an HTML page, plain text,
 * other JSON, XML of another kind, truncated or malformed XML, or a DOCTYPE declaring external entities.
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

function parseXml(text: string, subject: string, url: string | undefined): FeedDraft {
  const { rootName, root, complete } = parseXmlFeedDocument(text, subject);
  // Namespace prefixes vary (rdf:RDF, atom:feed); the local name says what the document is.
  const kind = rootName.slice(rootName.indexOf(':') + 1).toLowerCase();
  if (kind === 'html') throw new Error(`${subject} is an HTML page, not a feed`);
  if (kind !== 'rss' && kind !== 'rdf' && kind !== 'feed') {
    throw new Error(`${subject} is an XML document with root element <${rootName}>, not an RSS, Atom or RDF feed`);
  }
  if (!complete) throw new Error(`${subject} ends before its closing </${rootName}> tag: the feed looks truncated`);
  if (kind === 'rss') return readRssFeed(root, url);
  return kind === 'rdf' ? readRdfFeed(root, url) : readAtomFeed(root, url);
}
