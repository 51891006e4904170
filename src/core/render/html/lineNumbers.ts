// Highlighters print line numbers beside the code: Rouge and Pygments in a table cell of their own, Chroma
// inline (span.ln) or in a table of two <pre>s, highlight.js's plugin in per-line rows. A reader copies the
// code without them, so code blocks are read without them and a gutter <pre> is no code block at all.
import { isElement, type DomElement, type DomNode } from './domTypes';

/** Class tokens that mark line numbers. Chroma's `lntd` marks both of its cells, so it is not one of them. */
const lineNumberClass = /(?:^|\s)(?:ln|lnt|linenos?|linenodiv|gutter|rouge-gutter|line-numbers-rows|hljs-ln-numbers|hljs-ln-n)(?:\s|$)/i;
const numberLines = /^\s*\d+(?:\s+\d+)*\s*$/;

export function isLineNumberElement(element: DomElement): boolean {
  const className = element.getAttribute('class');
  return className !== null && lineNumberClass.test(className);
}

/**
 * A <pre> that holds only line numbers: marked as such (itself or up to its table cell), or all its text is in
 * line-number elements, or it is a column of numbers in a table row beside another <pre>.
 */
export function isLineNumberGutter(pre: DomElement): boolean {
  for (let element: DomElement | null = pre; element && isElement(element); element = element.parentNode) {
    if (isLineNumberElement(element)) return true;
    if (element.nodeName === 'TD' || element.nodeName === 'TH' || element.nodeName === 'TABLE') break;
  }
  const { code, numbers } = splitText(pre);
  if (numbers && code.trim() === '') return true;
  return numberLines.test(code) && besideAnotherPre(pre);
}

/** The text of `root`, apart from what sits in line-number elements; and whether there were any. */
function splitText(root: DomElement): { code: string; numbers: boolean } {
  let code = '';
  let numbers = false;
  const pending: DomNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (!isElement(node)) {
      code += node.textContent;
      continue;
    }
    if (node !== root && isLineNumberElement(node)) {
      numbers = true;
      continue;
    }
    for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  return { code, numbers };
}

function besideAnotherPre(pre: DomElement): boolean {
  let cell: DomElement | null = pre.parentNode;
  while (cell && cell.nodeName !== 'TD' && cell.nodeName !== 'TH') {
    if (!isElement(cell) || cell.nodeName === 'TABLE' || cell.nodeName === 'BODY') return false;
    cell = cell.parentNode;
  }
  const row = cell?.parentNode;
  if (!cell || !row) return false;
  for (let sibling = row.firstChild; sibling; sibling = sibling.nextSibling) {
    if (sibling !== cell && isElement(sibling) && sibling.getElementsByTagName('pre').length > 0) return true;
  }
  return false;
}
