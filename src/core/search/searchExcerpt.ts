import { htmlToText } from '../feed/htmlText';

/**
 * The text around the first of `words` in an article (its readable text, not its markup), for the search pick:
 * "…set up a ThreadPoolExecutor with four workers…". Undefined when none of the words is in the text.
 */
export function searchExcerpt(html: string, words: readonly string[], width = 90): string | undefined {
  if (!words.length) return undefined;
  const text = htmlToText(html);
  const lower = text.toLowerCase();
  let at = -1;
  let length = 0;
  for (const word of words) {
    // A word of the index starts a word of the text ("pool" in "ThreadPoolExecutor" is inside one: found too).
    const found = lower.indexOf(word);
    if (found >= 0 && (at < 0 || found < at)) { at = found; length = word.length; }
  }
  if (at < 0) return undefined;
  const start = Math.max(0, at - Math.floor((width - length) / 2));
  const end = Math.min(text.length, start + width);
  const from = start > 0 ? text.indexOf(' ', start) + 1 || start : 0;
  const to = end < text.length ? text.lastIndexOf(' ', end) : text.length;
  const body = text.slice(from, to > at ? to : end).trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
