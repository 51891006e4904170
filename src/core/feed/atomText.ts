// Atom text constructs (title, subtitle, summary, content): type "text" is plain text, "html" is escaped HTML and
// "xhtml" is markup inside one <div>; Atom 0.3 says the same with MIME types and mode="escaped"|"xml"|"base64".
import { cleanHtml, cleanText, htmlToText, textToHtml } from './htmlText';
import { attribute, textOf } from './xmlNodes';

type TextKind = 'text' | 'html' | 'xhtml';

function kindOf(element: unknown): TextKind {
  const type = attribute(element, 'type')?.trim().toLowerCase() ?? 'text';
  const mode = attribute(element, 'mode')?.trim().toLowerCase();
  if (type.includes('xhtml') || mode === 'xml') return 'xhtml';
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return 'html';
  return 'text';
}

/** The construct's value as written, base64 undone (Atom 0.3). */
function rawValue(element: unknown): string | undefined {
  const value = textOf(element);
  if (value === undefined || attribute(element, 'mode')?.trim().toLowerCase() !== 'base64') return value;
  return Buffer.from(value, 'base64').toString('utf8');
}

/** Inline XHTML without the wrapping <div> Atom requires, and without a namespace prefix on its tags. */
function unwrapXhtml(markup: string): string {
  const wrapper = /^\s*<(?:([\w.-]+):)?div\b[^>]*>([^]*)<\/(?:[\w.-]+:)?div\s*>\s*$/.exec(markup);
  if (!wrapper) return markup;
  const [, prefix, inner] = wrapper;
  return prefix ? inner.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1') : inner;
}

/** The construct as HTML; undefined when empty or when content lives elsewhere (`src`). */
export function atomHtml(element: unknown): string | undefined {
  if (attribute(element, 'src') !== undefined) return undefined;
  const value = cleanHtml(rawValue(element));
  if (value === undefined) return undefined;
  switch (kindOf(element)) {
    case 'xhtml': return cleanHtml(unwrapXhtml(value));
    case 'html': return value;
    case 'text': return textToHtml(value);
  }
}

/** The construct as plain text, whitespace collapsed. */
export function atomText(element: unknown): string | undefined {
  const value = rawValue(element);
  if (value === undefined) return undefined;
  switch (kindOf(element)) {
    case 'xhtml': return cleanText(htmlToText(unwrapXhtml(value)));
    case 'html': return cleanText(htmlToText(value));
    case 'text': return cleanText(value);
  }
}
