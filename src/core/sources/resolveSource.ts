import type { Feed } from '../model';
import { parseFeed } from '../feed/parseFeed';
import { looksLikeHtml } from '../feed/sniffFeedText';
import { fetchFeed, type FetchFeedOptions, type FetchResult } from '../fetch/fetchFeed';
import { discoverFeeds } from './discoverFeeds';
import { checkSourceUrl } from './sourceUrl';

/** A source ready to subscribe to: the address to store, and the feed already read from it. */
export interface ResolvedSource {
  url: string;
  feed: Feed;
  title: string;
}

export type FeedFetcher = (url: string, options?: FetchFeedOptions) => Promise<FetchResult>;

/**
 * Finds the feed behind what a person typed: a feed URL, a bare domain, a web page that links to its
 * feed (the first linked feed that reads wins), a file: URL or a local path. Throws an Error whose
 * message says what went wrong ("No feed found on …", the fetch failure, why the address is refused).
 */
export async function resolveSource(input: string, fetchImpl: FeedFetcher = fetchFeed): Promise<ResolvedSource> {
  const checked = checkSourceUrl(input);
  if (!checked.ok) throw new Error(checked.problem);
  const page = await fetchText(checked.url, fetchImpl);

  // parseFeed's errors already name the URL and say what the text is instead.
  if (!looksLikeHtml(page.text)) return found(page.permanentRedirect ?? checked.url, parseFeed(page.text, page.url));

  const candidates = discoverFeeds(page.text, page.url);
  if (!candidates.length) throw new Error(`No feed found on ${page.url}: the page does not link to an RSS, Atom or JSON feed`);
  const failures: string[] = [];
  for (const candidate of candidates) {
    try {
      const result = await fetchText(candidate.url, fetchImpl);
      return found(result.permanentRedirect ?? candidate.url, parseFeed(result.text, result.url), candidate.title);
    } catch (error) {
      const message = messageOf(error);
      failures.push(message.includes(candidate.url) ? message : `${candidate.url}: ${message}`);
    }
  }
  throw new Error(`${page.url} links to ${candidates.length === 1 ? 'a feed' : `${candidates.length} feeds`}, but none could be read: ${failures.join('; ')}`);
}

async function fetchText(url: string, fetchImpl: FeedFetcher): Promise<Extract<FetchResult, { status: 'ok' }>> {
  const result = await fetchImpl(url);
  // Only possible with validators, which we never send here; a fetcher that answers so anyway gave us nothing.
  if (result.status !== 'ok') throw new Error(`${url} gave no content (not modified)`);
  return result;
}

function found(url: string, feed: Feed, linkTitle?: string): ResolvedSource {
  return { url, feed, title: feed.title.trim() || linkTitle?.trim() || hostOf(url) };
}


function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
