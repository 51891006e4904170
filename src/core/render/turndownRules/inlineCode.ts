// Inline <code> as a code span of its visible text (markup inside it, such as links, is not Markdown there),
// delimited by a backtick run longer than any inside.
import { longestBacktickRun } from '../html/codeBlocks';
import type { MarkdownRule } from './markdownRule';

const spacing = /[\s\u00a0]+/g;

export const inlineCode: MarkdownRule = {
  filter: 'code',
  replacement: (_content, node) => {
    const text = node.textContent.replace(spacing, ' ').trim();
    if (!text) return '';
    const delimiter = '`'.repeat(longestBacktickRun(text) + 1);
    const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return delimiter + padding + text + padding + delimiter;
  },
};
