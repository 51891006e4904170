import { STATUS_CODES } from 'node:http';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText } from './decodeText';
import { FetchError, formatBytes, formatDuration } from './fetchError';
import { readLocalFeed } from './readLocalFeed';
import { parseRetryAfter } from './retryAfter';

export interface FetchFeedOptions {
  /** Validators from the last good fetch: the server may answer 304 Not Modified. */
  etag?: string;
  lastModified?: string;
  /** For the whole fetch, redirects and body included. Default 20 s. */
  timeoutMs?: number;
  /** Default 10 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  signal?: AbortSignal;
  userAgent?: string;
  /** The Accept header; feeds first by default. */
  accept?: string;
  /**
   * Refuse a redirect to another host (a `www.` prefix and http → https aside): an article page that sends the
   * reader elsewhere is a login wall, a paywall or a parked domain, not the article.
   */
  sameHost?: boolean;
  /** What is fetched, for messages ("Page is larger than 4 MB"). Default 'Feed'. */
  noun?: string;
}

export type FetchResult =
  | {
    status: 'ok';
    /** The final URL, after redirects: relative links in the feed resolve against it. */
    url: string;
    text: string;
    contentType?: string;
    etag?: string;
    lastModified?: string;
    redirected: boolean;
    /** The final URL when every hop was 301/308, so the caller can offer to update the source. */
    permanentRedirect?: string;
  }
  | { status: 'not-modified'; url: string; etag?: string; lastModified?: string };

export const defaultUserAgent = 'TutorialReader/0.1 (VS Code extension; feed reader)';

/** For article pages: HTML, else anything. */
export const acceptPages = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

// Feeds first; pages last, so a site's home page still arrives for feed discovery.
const acceptFeeds = 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, '
  + 'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5';

/**
 * Fetches a feed over HTTP(S), or reads it from a `file:` URL or local path, within time and size limits.
 * Throws a FetchError whose message a person understands.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const target = feedTarget(url);
  if (target.kind === 'file') return readLocalFeed(target.path, { maxBytes, etag: options.etag, lastModified: options.lastModified });

  const timeoutMs = options.timeoutMs ?? 20_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = {
    'accept': options.accept ?? acceptFeeds,
    'accept-encoding': 'gzip, deflate, br',
    'user-agent': options.userAgent ?? defaultUserAgent,
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  let current = target.url;
  let hops = 0;
  let everyHopPermanent = true;
  const failed = (error: unknown) => networkError(error, current, { timeout, timeoutMs, caller: options.signal });
  for (;;) {
    let response: Response;
    try {
      response = await fetch(current, { redirect: 'manual', headers, signal });
    } catch (error) {
      throw failed(error);
    }

    if (isRedirect(response.status)) {
      const location = response.headers.get('location');
      await response.body?.cancel().catch(() => undefined);
      if (!location) throw new FetchError('http', `Server answered ${describeStatus(response)} without saying where to for ${current.href}`, { status: response.status });
      if (++hops > maxRedirects) throw new FetchError('too-many-redirects', `Too many redirects (more than ${maxRedirects})`, { status: response.status });
      if (response.status !== 301 && response.status !== 308) everyHopPermanent = false;
      const next = new URL(location, current);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new FetchError('bad-url', `${current.host} redirected to ${next.href}, which is not a web address`);
      }
      if (options.sameHost && siteHost(next) !== siteHost(target.url)) {
        throw new FetchError('redirected-away', `${target.url.host} sent the page to another site (${next.host}), so it was not read`, { status: response.status });
      }
      current = next;
      continue;
    }

    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { status: 'not-modified', url: current.href, etag: etag ?? options.etag, lastModified: lastModified ?? options.lastModified };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      if (response.status === 429) {
        const wait = retryAfterMs === undefined ? '' : ` (try again in ${formatDuration(retryAfterMs)})`;
        throw new FetchError('rate-limited', `${current.host} is limiting requests: it answered 429 Too Many Requests${wait}`, { status: 429, retryAfterMs });
      }
      throw new FetchError('http', `Server answered ${describeStatus(response)} for ${current.href}`, { status: response.status, retryAfterMs });
    }

    const contentType = response.headers.get('content-type') ?? undefined;
    let bytes: Uint8Array;
    try {
      bytes = await readBody(response, maxBytes, options.noun ?? 'Feed');
    } catch (error) {
      throw error instanceof FetchError ? error : failed(error);
    }
    return {
      status: 'ok',
      url: current.href,
      text: decodeText(bytes, contentType),
      contentType,
      etag,
      lastModified,
      redirected: hops > 0,
      permanentRedirect: hops > 0 && everyHopPermanent ? current.href : undefined,
    };
  }
}

type FeedTarget = { kind: 'file'; path: string } | { kind: 'http'; url: URL };

/** What `url` points at: an http(s) URL, or a file (file: URL, absolute or relative path). Throws bad-url otherwise. */
export function feedTarget(url: string): FeedTarget {
  const text = url.trim();
  // A one-letter "scheme" is a Windows drive (C:\feeds\a.xml).
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(text)?.[1].toLowerCase();
  if (!scheme) return { kind: 'file', path: path.resolve(text) };
  if (scheme === 'file') {
    try {
      return { kind: 'file', path: fileURLToPath(text) };
    } catch (error) {
      throw new FetchError('bad-url', `${text} is not a valid file address`, { cause: error });
    }
  }
  if (scheme !== 'http' && scheme !== 'https') {
    throw new FetchError('bad-url', `Only http(s) and file addresses can be fetched, not "${scheme}:" (${text})`);
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch (error) {
    throw new FetchError('bad-url', `${text} is not a valid web address`, { cause: error });
  }
  if (!parsed.hostname) throw new FetchError('bad-url', `${text} has no host name`);
  return { kind: 'http', url: parsed };
}

function siteHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function describeStatus(response: Response): string {
  const reason = response.statusText || STATUS_CODES[response.status] || '';
  return reason ? `${response.status} ${reason}` : String(response.status);
}

/** Reads the (already decompressed) body, giving up as soon as it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number, noun: string): Promise<Uint8Array> {
  const tooLarge = () => new FetchError('too-large', `${noun} is larger than ${formatBytes(maxBytes)}`);
  const declared = Number(response.headers.get('content-length'));
  // With Content-Encoding the declared length is the compressed one, which says little about the feed's size.
  if (!response.headers.get('content-encoding') && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'no such host (check the address)',
  EAI_AGAIN: 'the host name could not be looked up (are you offline?)',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable (are you offline?)',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  CERT_HAS_EXPIRED: 'its security certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its security certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its security certificate is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its security certificate could not be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its security certificate is for a different site',
};

function networkError(error: unknown, url: URL, context: { timeout: AbortSignal; timeoutMs: number; caller?: AbortSignal }): unknown {
  // The caller's own cancellation is not a failure of the feed: let their abort reason through.
  if (context.caller?.aborted) return context.caller.reason;
  if (context.timeout.aborted) {
    return new FetchError('timeout', `No answer from ${url.host} within ${formatDuration(context.timeoutMs)}`, { cause: error });
  }
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  const code = (cause as { code?: string } | undefined)?.code ?? (error as { code?: string } | undefined)?.code;
  const reason = (code && networkReasons[code])
    ?? (cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error));
  return new FetchError('network', `Could not reach ${url.host}: ${reason}`, { cause: error });
}
