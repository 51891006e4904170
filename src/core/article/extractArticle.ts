// A tutorial's web page → the article in it, with Firefox's reader view (Mozilla Readability), its code blocks
// protected first so they come out byte for byte with their languages (see protectCodeBlocks.ts).
import { Readability } from '@mozilla/readability';
import { cleanText } from '../feed/htmlText';
import { assertHtmlPage, parsePage } from './articlePage';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from '../render/html/domTypes';
import { revealLazyImages } from './lazyImages';
import { protectCodeBlocks } from './protectCodeBlocks';

export interface ExtractedArticle {
  title: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  excerpt?: string;
  /** The article body only; relative URLs made absolute against the page URL (and its <base>). */
  contentHtml: string;
  /** Characters of text in the body. */
  textLength: number;
}

/** Less text than this, and no code, is not an article (a login wall, an error page, a cookie notice). */
const minimumTextLength = 250;

/**
 * The readable article of `pageHtml`, fetched from `url`; undefined when the page has none. Throws an Error
 * a person understands when the input is not an HTML page. No script of the page ever runs.
 */
export function extractArticle(pageHtml: string, url: string): ExtractedArticle | undefined {
  assertHtmlPage(pageHtml, url);
  const document = parsePage(pageHtml, url);
  const classesToPreserve = protectCodeBlocks(document);
  revealLazyImages(document);
  let body: DomElement | undefined;
  const result = new Readability(document as unknown as Document, {
    classesToPreserve,
    serializer: (element) => {
      body = element as unknown as DomElement;
      return (element as unknown as { innerHTML: string }).innerHTML;
    },
  }).parse();
  if (!result?.content || !body) return undefined;
  const textLength = result.length ?? result.textContent?.length ?? 0;
  // A sign-in form is not an article, however much its labels and links say: its text does not count.
  if (readableTextLength(body) < minimumTextLength && body.getElementsByTagName('pre').length === 0) return undefined;
  return {
    title: cleanText(result.title ?? undefined) ?? '',
    byline: cleanText(result.byline ?? undefined),
    siteName: cleanText(result.siteName ?? undefined),
    publishedTime: cleanText(result.publishedTime ?? undefined),
    excerpt: cleanText(result.excerpt ?? undefined),
    contentHtml: result.content,
    textLength,
  };
}

/** Characters of text outside forms, buttons and their labels. */
function readableTextLength(root: DomElement): number {
  let length = 0;
  const pending: DomNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (node.nodeType === TEXT_NODE) length += node.textContent.trim().length;
    else if (isElement(node) && !['FORM', 'BUTTON', 'LABEL', 'SELECT', 'TEXTAREA'].includes(node.nodeName)) {
      for (let child = node.firstChild; child; child = child.nextSibling) pending.push(child);
    }
  }
  return length;
}
