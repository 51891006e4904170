// Link and image targets are absolute URLs by now (percent-encoded, so without spaces or angle brackets);
// parentheses are the only characters left that could end a Markdown destination early.
import { escapeMarkdownText } from '../html/escapeMarkdownText';

const parentheses = /[()]/g;
const quotes = /"/g;
const spaces = /\s+/g;

export function linkDestination(url: string, title: string | null): string {
  const titleText = title ? title.replace(spaces, ' ').trim() : '';
  const titlePart = titleText ? ' "' + escapeMarkdownText(titleText).replace(quotes, '\\"') + '"' : '';
  return '(' + url.replace(parentheses, '\\$&') + titlePart + ')';
}
