// What a feed element's value is, by the kind of field it fills: titles, names and categories are text (markup
// in them is reduced to its words), descriptions and content are HTML (escaped or written as naked markup).
import { cleanHtml, cleanText, htmlToText, looksLikeMarkup, textToHtml } from './htmlText';
import { innerHtml } from './xml/serializeHtml';
import { hasElementChildren, textContent, type XmlElement } from './xml/xmlTree';

/** A text field: `Using <code>Array.map</code> in JS` and `Tom &amp;amp; Jerry` read as the words they show. */
export function textValue(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  if (hasElementChildren(element)) return cleanText(htmlToText(innerHtml(element, false)));
  const text = textContent(element);
  return cleanText(looksLikeMarkup(text) ? htmlToText(text) : text);
}

/** An HTML field (RSS description, content:encoded): the element's text is HTML, and so is markup left unescaped. */
export function htmlValue(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  return cleanHtml(hasElementChildren(element) ? innerHtml(element, true) : textContent(element));
}

/** A field that is plain text by definition but often holds HTML anyway (itunes:summary, media:description). */
export function textOrHtmlValue(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  if (hasElementChildren(element)) return htmlValue(element);
  const text = textContent(element);
  if (looksLikeMarkup(text)) return cleanHtml(text);
  return cleanText(text) && textToHtml(text);
}

/** Inline XHTML (Atom type="xhtml", xhtml:body): markup whose text is text. */
export function xhtmlValue(element: XmlElement | undefined): string | undefined {
  return element && cleanHtml(innerHtml(element, false));
}
