// Code blocks bypass turndown: the DOM preparation reads each <pre>'s text exactly as the reader saw it and
// leaves a placeholder that the codeBlock rule emits; after turndown the fenced blocks are put back. So the code
// is never escaped, trimmed or whitespace-collapsed, and its long whitespace runs never reach turndown's
// end-of-output trim (a regex that is quadratic in the length of whitespace runs).
import { isElement, TEXT_NODE, type DomElement, type DomNode, type DomText } from './domTypes';
import { isLineNumberElement } from './lineNumbers';

export interface CodeBlock {
  code: string;
  lang: string;
}

/** Set by the DOM preparation on the empty <pre> that stands for `codeBlocks[index]`. */
export const codeBlockIndexAttribute = 'data-md-code-block';

/** NUL cannot survive HTML parsing (it becomes U+FFFD), so it cannot be forged by article text. */
const marker = '\u0000';
const placeholderPattern = new RegExp(marker + '(\\d+)' + marker, 'g');
const nonBreakingSpaces = /\u00a0/g;
const notQuoteMarker = /[^>]/g;
/** What may stand before a code block on its line: indentation, blockquote markers, list markers. */
const containerPrefix = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*$/;
/** Elements whose text is not part of the code the reader saw. */
const invisibleInCode = new Set(['BUTTON', 'SVG', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Blank lines at the start or end of a block (Blogger writes `<pre><br />code`); inner blank lines stay. */
const blankEdges = /^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g;
/** Highlighters that draw one element per line without newline characters. */
const lineElements = new Set(['DIV', 'P', 'LI', 'TR']);
/** A stand-in node on the walk's stack: "end the line here unless it already ended". */
const lineEnd = { nodeType: -1 } as DomNode;

export function codeBlockPlaceholder(index: number): string {
  return marker + index + marker;
}

/**
 * The text of a <pre>: highlighter markup flattened, <br> as a newline, NBSP as space, images as their alt
 * text, line numbers left out, blank lines at either end dropped.
 */
export function readCodeText(pre: DomElement): string {
  const parts: string[] = [];
  const pending: DomNode[] = [];
  for (let child = pre.lastChild; child; child = child.previousSibling) pending.push(child);
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (node.nodeType === TEXT_NODE) {
      parts.push((node as DomText).data);
    } else if (isElement(node)) {
      if (node.nodeName === 'BR') {
        parts.push('\n');
      } else if (node.nodeName === 'IMG') {
        // WordPress draws emoji as images, inside code too (`struct <img alt="🌧">`): the reader saw the character.
        parts.push(node.getAttribute('alt') ?? '');
      } else if (!invisibleInCode.has(node.nodeName) && !isLineNumberElement(node)) {
        if (lineElements.has(node.nodeName) && node.nextSibling) pending.push(lineEnd);
        for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
      }
    } else if (node === lineEnd) {
      const last = parts[parts.length - 1];
      if (last !== undefined && !last.endsWith('\n')) parts.push('\n');
    }
  }
  return parts.join('').replace(nonBreakingSpaces, ' ').replace(blankEdges, '');
}

/** A fence of backticks longer than any backtick run in the code (at least three). */
export function fenceCodeBlock(block: CodeBlock): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(block.code) + 1));
  return fence + block.lang + '\n' + block.code + (block.code === '' ? '' : '\n') + fence;
}

export function longestBacktickRun(text: string): number {
  let longest = 0;
  let at = text.indexOf('`');
  while (at !== -1) {
    let end = at + 1;
    while (text.charCodeAt(end) === 96) end++;
    longest = Math.max(longest, end - at);
    at = text.indexOf('`', end);
  }
  return longest;
}

/** Puts the fenced blocks where turndown left their placeholders, indented like the list or quote holding them. */
export function restoreCodeBlocks(markdown: string, blocks: readonly CodeBlock[]): string {
  if (blocks.length === 0) return markdown;
  const parts: string[] = [];
  let copiedUpTo = 0;
  for (const match of markdown.matchAll(placeholderPattern)) {
    const at = match.index as number;
    const block = blocks[Number(match[1])];
    const lineStart = markdown.lastIndexOf('\n', at - 1) + 1;
    const prefix = markdown.slice(lineStart, at);
    let before = markdown.slice(copiedUpTo, at);
    copiedUpTo = at + match[0].length;
    if (!block) {
      parts.push(before);
    } else if (containerPrefix.test(prefix)) {
      parts.push(before, fenceCodeBlock(block).split('\n').join('\n' + prefix.replace(notQuoteMarker, ' ')));
    } else {
      // Inside a line of text (a heading, a table row): the fence needs lines of its own.
      before = before.trimEnd();
      while (markdown.charCodeAt(copiedUpTo) === 32) copiedUpTo++;
      const atEnd = copiedUpTo >= markdown.length || markdown.charCodeAt(copiedUpTo) === 10;
      parts.push(before, before ? '\n\n' : '', fenceCodeBlock(block), atEnd ? '' : '\n\n');
    }
  }
  parts.push(markdown.slice(copiedUpTo));
  return parts.join('');
}
