// Inline links; prepareDom made the href absolute (or removed it). A link without visible content leaves nothing.
import { linkDestination } from './linkDestination';
import { toOneLine, type MarkdownRule } from './markdownRule';

export const link: MarkdownRule = {
  filter: (node) => node.nodeName === 'A' && node.hasAttribute('href'),
  replacement: (content, node) => {
    const text = toOneLine(content);
    if (!text) return '';
    return '[' + text + ']' + linkDestination(node.getAttribute('href') as string, node.getAttribute('title'));
  },
};
