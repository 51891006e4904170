// GFM table cells on one line. The GFM plugin's own cell turns line breaks into a raw `<br>` and squeezes `||`
// into one escaped pipe; here breaks become spaces and every pipe is escaped. prepareDom already turned tables
// with block content or a single cell into plain blocks, so every cell here belongs to a real table.
import type { DomElement } from '../html/domTypes';
import { toOneLine, type MarkdownRule } from './markdownRule';

const pipes = /\|/g;

export const tableCell: MarkdownRule = {
  filter: ['th', 'td'],
  replacement: (content, node) => {
    // prepareDom expanded merged cells into one cell per column, so each cell here is one column wide.
    let text = toOneLine(content).replace(pipes, '\\|');
    while (text.length < 3) text += ' ';
    return (isFirstCell(node) ? '| ' : ' ') + text + ' |';
  },
};

function isFirstCell(cell: DomElement): boolean {
  for (let sibling = cell.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling.nodeName === 'TD' || sibling.nodeName === 'TH') return false;
  }
  return true;
}
