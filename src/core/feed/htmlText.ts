// Conversions between the plain text and the HTML that feeds mix: titles must be text, summaries and content HTML.
import { decodeHTMLStrict, escapeUTF8 } from 'entities';

/** Collapses runs of whitespace (feeds pad values with newlines and indentation) and trims; undefined when empty. */
export function cleanText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return cleaned.length > 0 ? cleaned : undefined;
}

/** Trims an HTML fragment; undefined when nothing is left. */
export function cleanHtml(html: string | undefined): string | undefined {
  if (html === undefined) return undefined;
  const trimmed = html.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

/** Plain text as HTML: escaped, blank-line-separated paragraphs in <p>, single newlines as <br>. */
export function textToHtml(text: string): string {
  return text.trim().split(/\n[ \t\r\f]*\n\s*/)
    .map((paragraph) => `<p>${escapeUTF8(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The readable text of an HTML fragment: tags dropped (script and style with their content), entities decoded. */
export function htmlToText(html: string): string {
  const withoutCode = html.replace(/<(script|style)\b[^>]*>[^<]*(?:<(?!\/\1)[^<]*)*<\/\1\s*>/gi, ' ');
  return decodeHTMLStrict(withoutCode.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
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
