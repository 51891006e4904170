// Deciding from its first characters whether a download is XML, JSON or something that is not a feed at all,
// so that an HTML page or an error text gets a message saying so instead of a parser's complaint.

export type FeedSyntax = 'xml' | 'json';

export interface SniffedText {
  syntax: FeedSyntax;
  /** The text from where the feed starts (byte order mark and leading junk removed). */
  text: string;
}

/** What to call the input in messages: its URL when known. */
export function feedSubject(url: string | undefined): string {
  return url?.trim() ? url.trim() : 'The feed text';
}

/** Throws an Error naming `subject` when `text` is empty, an HTML page or plain text. */
export function sniffFeedText(text: string, subject: string): SniffedText {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) {
    throw new Error(`${subject} is empty, not a feed`);
  }
  const first = trimmed[0];
  if (first === '{' || first === '[') return { syntax: 'json', text: trimmed };
  if (first === '<') {
    if (looksLikeHtml(trimmed)) throw new Error(`${subject} is an HTML page, not a feed`);
    return { syntax: 'xml', text: trimmed };
  }
  // A server warning printed before the XML declaration (a PHP notice, say) still leaves a readable feed.
  const declaration = trimmed.slice(0, 2000).indexOf('<?xml');
  if (declaration > 0) return { syntax: 'xml', text: trimmed.slice(declaration) };
  throw new Error(`${subject} is plain text, not a feed (it starts “${opening(trimmed)}”)`);
}

/**
 * An HTML page: `<html>` is its first element, or an HTML DOCTYPE comes first and no feed element follows it
 * (some feeds carry a stray XHTML DOCTYPE before `<rss>`). Byte order mark, XML declaration, comments and white
 * space before them are skipped.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4096)
    .replace(/^<\?xml[^>]*>\s*/i, '')
    .replace(/^(?:<!--[^]*?-->\s*)+/, '');
  if (/^<html[\s>]/i.test(head)) return true;
  const doctype = /^<!doctype\s+html\b[^>]*>/i.exec(head);
  if (!doctype) return false;
  const next = head.slice(doctype[0].length).replace(/^\s*(?:<!--[^]*?-->\s*)*/, '');
  return !/^<(?:[\w.-]+:)?(?:rss|feed|rdf|channel)[\s>/]/i.test(next);
}

function opening(text: string): string {
  const start = text.slice(0, 200).replace(/\s+/g, ' ');
  return start.length > 40 ? `${start.slice(0, 40)}…` : start;
}
