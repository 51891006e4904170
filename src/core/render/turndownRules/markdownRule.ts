// The shape of our turndown rules, typed against the DOM slice we use (turndown's typings need the DOM lib).
import type { DomElement } from '../html/domTypes';

export interface MarkdownRule {
  filter: string | string[] | ((node: DomElement) => boolean);
  replacement: (content: string, node: DomElement) => string;
}

/** Line breaks inside content that must stay on one line (link text, headings, table cells). */
const lineBreaks = /[ \t]*\n[ \t\n]*/g;

export function toOneLine(content: string): string {
  return content.replace(lineBreaks, ' ').trim();
}
