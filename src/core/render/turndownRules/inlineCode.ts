// Inline <code> as a code span of its visible text (markup inside it, such as links, is not Markdown there),
// delimited by a backtick run longer than any inside.
import { longestBacktickRun } from '../html/codeBlocks';
import { isElement, TEXT_NODE, type DomElement, type DomNode } from '../html/domTypes';
import type { MarkdownRule } from './markdownRule';

const spacing = /[\s\u00a0]+/g;

/** Where Markdown must stay on one line: a `<br>` in code there becomes a space. */
const oneLineContainers = new Set(['TD', 'TH', 'A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export const inlineCode: MarkdownRule = {
  filter: 'code',
  replacement: (_content, node) => {
    // `<code>npm install<br>npm start</code>`: one code span per line, with a hard line break between them.
    const lines = linesOf(node).map((line) => line.replace(spacing, ' ').trim()).filter(Boolean);
    if (lines.length === 0) return '';
    return insideOneLine(node) ? codeSpan(lines.join(' ')) : lines.map(codeSpan).join('\\\n');
  },
};

function codeSpan(text: string): string {
  const delimiter = '`'.repeat(longestBacktickRun(text) + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return delimiter + padding + text + padding + delimiter;
}

/** The code's text split at its `<br>`s. */
function linesOf(code: DomElement): string[] {
  const lines = [''];
  const pending: DomNode[] = [code];
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (node.nodeType === TEXT_NODE) lines[lines.length - 1] += node.textContent;
    else if (node.nodeName === 'BR') lines.push('');
    else if (isElement(node)) for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  return lines;
}

function insideOneLine(node: DomElement): boolean {
  for (let ancestor = node.parentNode; ancestor && isElement(ancestor); ancestor = ancestor.parentNode) {
    if (oneLineContainers.has(ancestor.nodeName)) return true;
  }
  return false;
}
