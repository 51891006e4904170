// ATX headings (`## Title`) on one line; an empty heading leaves nothing.
import { toOneLine, type MarkdownRule } from './markdownRule';

export const heading: MarkdownRule = {
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement: (content, node) => {
    const text = toOneLine(content);
    if (!text) return '';
    return '\n\n' + '#'.repeat(Number(node.nodeName.charAt(1))) + ' ' + text + '\n\n';
  },
};
