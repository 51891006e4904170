// A <pre> arrives here as the empty placeholder prepareDom left; its fenced code is put back after turndown.
import { codeBlockIndexAttribute, codeBlockPlaceholder } from '../html/codeBlocks';
import type { MarkdownRule } from './markdownRule';

export const codeBlock: MarkdownRule = {
  filter: 'pre',
  replacement: (_content, node) => {
    const index = Number(node.getAttribute(codeBlockIndexAttribute));
    return Number.isInteger(index) ? '\n\n' + codeBlockPlaceholder(index) + '\n\n' : '';
  },
};
