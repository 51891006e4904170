// Atom text constructs (title, subtitle, summary, content): type "text" is plain text, "html" is escaped HTML and
// "xhtml" is markup inside one <div>; Atom 0.3 says the same with MIME types and mode="escaped"|"xml"|"base64".
import { htmlValue, textValue, xhtmlValue } from './elementValues';
import { cleanHtml, cleanText, htmlToText, looksLikeMarkup, textToHtml } from './htmlText';
import { attribute, hasElementChildren, textContent, type XmlElement } from './xml/xmlTree';

type TextKind = 'text' | 'html' | 'xhtml';

function kindOf(element: XmlElement): TextKind {
  const type = attribute(element, 'type')?.trim().toLowerCase() ?? 'text';
  const mode = attribute(element, 'mode')?.trim().toLowerCase();
  if (type.includes('xhtml') || mode === 'xml') return 'xhtml';
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return 'html';
  return 'text';
}

/**
 * Base64 content, decoded: Atom 0.3's mode="base64" (kept by some Atom 1.0 feeds), and Atom 1.0's rule that a
 * MIME type which is neither text nor XML (`application/octet-stream`) means Base64. Undefined otherwise.
 */
function base64Value(element: XmlElement): string | undefined {
  if (hasElementChildren(element)) return undefined;
  const mode = attribute(element, 'mode')?.trim().toLowerCase();
  const type = attribute(element, 'type')?.trim().toLowerCase();
  const binaryType = mode === undefined && type !== undefined && type.includes('/') && !/^text\/|[/+]xml$/.test(type);
  if (mode !== 'base64' && !binaryType) return undefined;
  return Buffer.from(textContent(element), 'base64').toString('utf8');
}

/** The markup inside Atom's required wrapping <div>, or the element's own children when it has none. */
function xhtmlContainer(element: XmlElement): XmlElement {
  const elements = element.children.filter((node) => node.type === 'element');
  const onlyWhitespaceBeside = element.children.every((node) => node.type === 'element' || node.text.trim() === '');
  const [wrapper] = elements;
  return elements.length === 1 && wrapper.local === 'div' && onlyWhitespaceBeside ? wrapper : element;
}

/** The construct as HTML; undefined when empty or when content lives elsewhere (`src`). */
export function atomHtml(element: XmlElement | undefined): string | undefined {
  if (!element || attribute(element, 'src') !== undefined) return undefined;
  const kind = kindOf(element);
  const decoded = base64Value(element);
  if (decoded !== undefined) return cleanHtml(kind === 'text' && !looksLikeMarkup(decoded) ? cleanText(decoded) && textToHtml(decoded) : decoded);
  switch (kind) {
    case 'xhtml': return xhtmlValue(xhtmlContainer(element));
    case 'html': return htmlValue(element);
    case 'text': {
      const text = textContent(element);
      return cleanText(text) && textToHtml(text);
    }
  }
}

/** The construct as plain text, whitespace collapsed. */
export function atomText(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const kind = kindOf(element);
  const decoded = base64Value(element);
  if (decoded !== undefined) return cleanText(kind === 'text' && !looksLikeMarkup(decoded) ? decoded : htmlToText(decoded));
  switch (kind) {
    case 'xhtml': return textValue(xhtmlContainer(element));
    case 'html': {
      const html = htmlValue(element);
      return html && cleanText(htmlToText(html));
    }
    case 'text': return cleanText(textContent(element));
  }
}
