/** A feed a web page points to with `<link rel="alternate" type="…">`. */
export interface DiscoveredFeed {
  url: string;
  title?: string;
  /** The link's media type, e.g. application/rss+xml. */
  type: string;
}

// Domino (the DOM turndown uses in Node) ships typings that need the DOM lib; this is the little we use.
interface ParsedElement {
  getAttribute(name: string): string | null;
}
interface ParsedDocument {
  querySelector(selector: string): ParsedElement | null;
  querySelectorAll(selector: string): ArrayLike<ParsedElement>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const domino = require('@mixmark-io/domino') as { createDocument(html: string, force?: boolean): ParsedDocument };

const feedTypes = new Set([
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml',
  'application/feed+json', 'application/json', 'application/x-rss+xml', 'application/x-atom+xml',
]);

/**
 * The feeds an HTML page advertises in its head, in document order, resolved against `<base href>` and
 * the page URL. Only http(s) links (and file: links from a local page); each address once.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  // Feed links belong in the head (rel=alternate is not allowed in the body); parsing only the head
  // keeps a 1 MB page from blocking for seconds.
  const bodyStart = html.search(/<body[\s>]/i);
  const document = domino.createDocument(bodyStart > 0 ? html.slice(0, bodyStart) : html, true);
  const base = resolve(document.querySelector('base[href]')?.getAttribute('href') ?? '', pageUrl) ?? pageUrl;
  const allowedSchemes = pageUrl.startsWith('file:') ? ['http:', 'https:', 'file:'] : ['http:', 'https:'];
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(document.querySelectorAll('link[rel][href][type]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0].trim();
    if (!(rels.includes('alternate') || rels.includes('feed')) || !feedTypes.has(type)) continue;
    const url = resolve(link.getAttribute('href') ?? '', base);
    if (!url || seen.has(url) || !allowedSchemes.includes(new URL(url).protocol)) continue;
    seen.add(url);
    const title = link.getAttribute('title')?.trim();
    found.push(title ? { url, title, type } : { url, type });
  }
  return found;
}

function resolve(href: string, base: string): string | undefined {
  if (!href.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
