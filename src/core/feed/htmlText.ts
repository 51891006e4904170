// Conversions between the plain text and the HTML that feeds mix: titles must be text, summaries and content HTML.
import { Parser } from 'htmlparser2';

/**
 * Collapses runs of ASCII whitespace (feeds pad values with newlines and indentation) and trims; undefined when
 * empty. No-break, en, em and thin spaces are characters the author chose, and are kept.
 */
export function cleanText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
  return cleaned.length > 0 ? cleaned : undefined;
}

/** Trims an HTML fragment; undefined when nothing is left. */
export function cleanHtml(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const trimmed = html.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

const htmlTextEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text as HTML text: only the three characters HTML would read as markup are escaped; everything else is kept as is. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => htmlTextEscapes[c]);
}

/**
 * Plain text as HTML: escaped, single newlines as <br>, and blank-line-separated paragraphs in <p>. One paragraph
 * stays bare, so a one-line text is the same string in both forms.
 */
export function textToHtml(text: string): string {
  const paragraphs = text.trim().split(/\n[ \t\r\f]*\n\s*/).map((paragraph) => escapeHtmlText(paragraph).replace(/\r?\n/g, '<br>'));
  return paragraphs.length === 1 ? paragraphs[0] : paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
}

/** Elements whose content is never text a reader sees. */
const hiddenElements = new Set(['script', 'style', 'template', 'head', 'title']);

/** Elements that separate words: their text must not run into the next element's. */
const separatingElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/**
 * The readable text of an HTML fragment, read with a real HTML parser (so `<a title="x > y">` is one tag):
 * tags dropped, script and style with their content, entities decoded, whitespace collapsed.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html.replace(/[ \t\n\r\f]+/g, ' ').trim();
  let text = '';
  let hidden = 0;
  const parser = new Parser({
    onopentag(name) {
      if (hiddenElements.has(name)) hidden++;
      else if (separatingElements.has(name)) text += ' ';
    },
    onclosetag(name) {
      if (hiddenElements.has(name)) hidden = Math.max(0, hidden - 1);
      else if (separatingElements.has(name)) text += ' ';
    },
    ontext(data) {
      if (hidden === 0) text += data;
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** HTML elements a title or summary might carry; anything else in angle brackets is text ("the <template> tag"). */
const commonHtmlElements = new Set([
  'a', 'abbr', 'acronym', 'b', 'big', 'blockquote', 'br', 'cite', 'code', 'del', 'dfn', 'div', 'em', 'font', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'tt', 'u', 'ul',
  'var', 'wbr',
]);

/**
 * True when text decoded from a text field is really HTML: it has an entity reference, an end tag or a <br>,
 * and every tag in it is a common HTML element. "Understanding the <template> element" stays text.
 */
export function looksLikeMarkup(text: string): boolean {
  const hasTag = text.includes('<');
  if (!hasTag && !text.includes('&')) return false;
  if (!/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|<\/[a-z][\w-]*\s*>|<br\s*\/?>/i.test(text)) return false;
  if (!hasTag) return true;
  for (const [, name] of text.matchAll(/<\/?([a-z][\w-]*)/gi)) {
    if (!commonHtmlElements.has(name.toLowerCase())) return false;
  }
  return true;
}

/** The first words of an HTML fragment, cut at a word boundary near `maxLength` characters, with an ellipsis. */
export function excerpt(html: string, maxLength = 80): string | undefined {
  // Only the start matters, and cutting first keeps this linear on long articles.
  const text = htmlToText(html.slice(0, maxLength * 20));
  if (text.length === 0) return undefined;
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
