// Images with the single absolute source prepareDom chose.
import { escapeMarkdownText } from '../html/escapeMarkdownText';
import { linkDestination } from './linkDestination';
import type { MarkdownRule } from './markdownRule';

const spaces = /\s+/g;

export const image: MarkdownRule = {
  filter: 'img',
  replacement: (_content, node) => {
    const src = node.getAttribute('src');
    if (!src) return '';
    const alt = escapeMarkdownText((node.getAttribute('alt') ?? '').replace(spaces, ' ').trim());
    return '![' + alt + ']' + linkDestination(src, node.getAttribute('title'));
  },
};
