// What a fetched article page is before extraction: refused unless it is an HTML page, then parsed into a DOM
// that runs no script. linkedom, not the domino turndown uses: Readability runs on linkedom as it is, while domino
// needs two shims (Node.baseURI is unimplemented, its element lists are not iterable) and then fails an internal
// assertion when Readability moves elements that share an id (a Ghost page in our fixtures); linkedom was also
// faster on every fixture page (see npm run bench).
import { capTagNesting } from '../render/html/capTagNesting';
import { parseHTML } from 'linkedom';
import type { DomDocument, DomElement } from '../render/html/domTypes';
import { looksLikeHtml } from '../feed/sniffFeedText';

/** Deeper markup is unwrapped before parsing, as for feed articles: the DOM and Readability walk it recursively. */
const maxParsedDepth = 160;

/**
 * Throws an Error a person understands when `text` is not an HTML page: JSON, a feed, other XML, plain text or
 * binary data. `url` names the page in the message.
 */
export function assertHtmlPage(text: string, url: string): void {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4096);
  if (head.includes('\u0000')) throw new Error(`${url} is binary data, not an HTML page`);
  if (head.length === 0) throw new Error(`${url} is empty, not an HTML page`);
  if (looksLikeHtml(head)) return;
  if (head.startsWith('{') || head.startsWith('[')) throw new Error(`${url} is JSON, not an HTML page`);
  const firstElement = /<([A-Za-z][\w.:-]*)/.exec(head.replace(/<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>]*>/gi, ''));
  if (firstElement && /^(?:[\w.-]+:)?(?:rss|feed|rdf)$/i.test(firstElement[1])) throw new Error(`${url} is a feed, not an article page`);
  // Fragments and pages without <html> are common; markup of HTML's own elements anywhere near the start will do.
  if (/<(?:head|body|article|main|div|p|h1|h2|section|meta|title|link|script)[\s>]/i.test(head)) return;
  if (firstElement) throw new Error(`${url} is an XML document with root element <${firstElement[1]}>, not an HTML page`);
  const start = head.slice(0, 40).replace(/\s+/g, ' ');
  throw new Error(`${url} is plain text, not an HTML page (it starts “${start}${head.length > 40 ? '…' : ''}”)`);
}

/**
 * The page as a document whose `baseURI` Readability resolves links against: the page's own `<base>` (itself
 * resolved against `url`), else `url`, written into the page as a `<base>` when it has none.
 */
export function parsePage(html: string, url: string): DomDocument {
  const { document } = parseHTML(capTagNesting(html, maxParsedDepth)) as unknown as { document: PageDocument };
  const written = document.querySelector('base[href]');
  let base = url;
  try {
    base = new URL(written?.getAttribute('href') ?? '', url).href;
  } catch {
    // An unusable <base> is ignored, as browsers do.
  }
  if (written) {
    written.setAttribute('href', base);
  } else {
    const element = document.createElement('base');
    element.setAttribute('href', base);
    (document.head ?? document.documentElement).appendChild(element);
  }
  return document;
}

type PageDocument = DomDocument & {
  readonly head: DomElement | null;
  querySelector(selector: string): DomElement | null;
};
