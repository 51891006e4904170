// Normalises a parsed article before turndown sees it, in one iterative walk (no recursion, so no depth limit):
// noise removed, code blocks lifted out (see codeBlocks.ts), URLs made absolute, <picture>/srcset reduced to
// one image, tracking pixels dropped, tables that hold blocks turned into plain blocks, and anything nested
// deeper than turndown's recursion can take unwrapped.
import { codeLanguage } from './codeLanguage';
import { codeBlockIndexAttribute, codeBlockPlaceholder, readCodeText, type CodeBlock } from './codeBlocks';
import { isElement, type DomElement, type DomNode } from './domTypes';
import { isNoise } from './isNoise';
import { isTrackingPixel } from './isTrackingPixel';
import { isLineNumberGutter } from './lineNumbers';
import { pickImageSource } from './pickImageSource';
import { resolveUrl } from './resolveUrl';

/** turndown converts recursively; elements nested deeper than this are unwrapped (their content is kept). */
export const maxElementDepth = 100;

/** turndown's block elements: ancestors of a code block outside this set are inline and would split the fence. */
const blockElements = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'AUDIO', 'BLOCKQUOTE', 'BODY', 'CANVAS', 'CENTER', 'DD', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'FRAMESET', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'MENU', 'NAV', 'NOFRAMES', 'OL', 'OUTPUT', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Markdown table cells hold one line of inline content; a table holding any of these becomes plain blocks. */
const blocksNotFitForCells = ['pre', 'ul', 'ol', 'blockquote', 'hr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/** Links that only open the image they wrap at full size: Substack's `image-link`, Forem's image wrapper. */
const imageZoomLink = /(?:^|\s)(?:image-link|article-body-image-wrapper)(?:\s|$)/;

/** Prepares `root` in place and returns the code blocks its placeholders refer to. */
export function prepareDom(root: DomElement, base: URL | undefined): CodeBlock[] {
  const codeBlocks: CodeBlock[] = [];
  const pending: DomNode[] = [];
  const depths: number[] = [];
  const push = (nodes: DomNode[], depth: number) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      pending.push(nodes[i]);
      depths.push(depth);
    }
  };
  push(childrenOf(root), 1);

  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    const depth = depths.pop() as number;
    if (!isElement(node) || !node.parentNode) continue;
    if (isNoise(node)) {
      node.parentNode.removeChild(node);
      continue;
    }
    switch (node.nodeName) {
      case 'PRE':
        if (isLineNumberGutter(node)) node.parentNode.removeChild(node);
        else liftCodeBlock(node, codeBlocks);
        continue;
      case 'PICTURE':
        preparePicture(node, base);
        continue;
      case 'IMG':
        prepareImage(node, [], base);
        continue;
      case 'IFRAME': case 'EMBED': case 'VIDEO': case 'AUDIO':
        prepareEmbed(node, base);
        continue;
      case 'A':
        if (prepareLink(node, base)) break;
        push(unwrap(node), depth);
        continue;
      case 'TABLE':
        if (!holdsBlocks(node)) {
          push(moveCaptionOut(node), depth);
          memoizeRows(node);
          break;
        }
        push(tableToBlocks(node), depth);
        continue;
    }
    if (depth > maxElementDepth) push(unwrap(node), depth);
    else push(childrenOf(node), depth + 1);
  }
  return codeBlocks;
}

function childrenOf(element: DomElement): DomNode[] {
  const children: DomNode[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) children.push(child);
  return children;
}

/** Replaces `element` by its children (with a space where a block boundary separated words); returns them. */
function unwrap(element: DomElement): DomNode[] {
  const parent = element.parentNode as DomElement;
  const children = childrenOf(element);
  const isBlock = blockElements.has(element.nodeName);
  if (isBlock) parent.insertBefore(element.ownerDocument.createTextNode(' '), element);
  for (const child of children) parent.insertBefore(child, element);
  if (isBlock) parent.insertBefore(element.ownerDocument.createTextNode(' '), element);
  parent.removeChild(element);
  return children;
}

function liftCodeBlock(pre: DomElement, codeBlocks: CodeBlock[]): void {
  const block: CodeBlock = { lang: codeLanguage(pre), code: readCodeText(pre) };
  for (let ancestor = pre.parentNode; ancestor && ancestor.parentNode && !blockElements.has(ancestor.nodeName);) {
    const next: DomElement | null = ancestor.parentNode;
    unwrap(ancestor);
    ancestor = next;
  }
  const placeholder = pre.ownerDocument.createElement('pre');
  placeholder.setAttribute(codeBlockIndexAttribute, String(codeBlocks.length));
  // Text, so that turndown does not take the block, or a wrapper holding only it, for blank and drop it.
  placeholder.appendChild(pre.ownerDocument.createTextNode(codeBlockPlaceholder(codeBlocks.length)));
  (pre.parentNode as DomElement).replaceChild(placeholder, pre);
  codeBlocks.push(block);
}

function preparePicture(picture: DomElement, base: URL | undefined): void {
  const sources = Array.from(picture.getElementsByTagName('source'));
  const img = picture.getElementsByTagName('img')[0] ?? picture.ownerDocument.createElement('img');
  (picture.parentNode as DomElement).replaceChild(img, picture);
  prepareImage(img, sources, base);
}

function prepareImage(img: DomElement, sources: DomElement[], base: URL | undefined): void {
  const url = resolveUrl(pickImageSource(img, sources) ?? null, base, 'image');
  if (!url || isTrackingPixel(img, url)) (img.parentNode as DomElement).removeChild(img);
  else img.setAttribute('src', url);
}

/** iframes, embeds, video and audio become links to what they show: their source must be absolute. */
function prepareEmbed(embed: DomElement, base: URL | undefined): void {
  const firstSource = embed.getElementsByTagName('source')[0];
  const raw = embed.getAttribute('src') ?? embed.getAttribute('data-src') ?? firstSource?.getAttribute('src') ?? null;
  const url = resolveUrl(raw, base, 'link');
  if (url) embed.setAttribute('src', url);
  else embed.removeAttribute('src');
}

/** False when the link should give way to its content (an image zoom link). */
function prepareLink(link: DomElement, base: URL | undefined): boolean {
  const className = link.getAttribute('class');
  if (className && imageZoomLink.test(className)) return false;
  const href = link.getAttribute('href');
  if (href === null) return true;
  const url = resolveUrl(href, base, 'link');
  if (url) link.setAttribute('href', url);
  else link.removeAttribute('href');
  return true;
}

/** Tables Markdown cannot hold: block content in cells, or a single cell used as a box. */
function holdsBlocks(table: DomElement): boolean {
  if (table.getElementsByTagName('td').length + table.getElementsByTagName('th').length <= 1) return true;
  return blocksNotFitForCells.some((tag) => table.getElementsByTagName(tag).length > 0);
}

/**
 * The GFM plugin reads `table.rows` for every row and every heading cell, and domino rebuilds that list by
 * walking the table on each read: quadratic in rows, a tenth of the seeds' conversion time. Rows no longer
 * change once the table is kept, so the list is read once.
 */
function memoizeRows(table: DomElement): void {
  const rows = Array.from((table as DomElement & { rows: ArrayLike<DomElement> }).rows);
  Object.defineProperty(table, 'rows', { value: rows });
}

/** A kept table's caption becomes a line of its own before it (the GFM plugin would print it unescaped). */
function moveCaptionOut(table: DomElement): DomNode[] {
  const caption = table.getElementsByTagName('caption')[0];
  if (!caption) return [];
  const block = table.ownerDocument.createElement('p');
  for (const child of childrenOf(caption)) block.appendChild(child);
  (table.parentNode as DomElement).insertBefore(block, table);
  (caption.parentNode as DomElement).removeChild(caption);
  return [block];
}

/** Each cell (and the caption) becomes a <div> in reading order, in the table's place. */
function tableToBlocks(table: DomElement): DomNode[] {
  const document = table.ownerDocument;
  const parent = table.parentNode as DomElement;
  const blocks: DomNode[] = [];
  const moveInto = (from: DomElement) => {
    const block = document.createElement('div');
    for (const child of childrenOf(from)) block.appendChild(child);
    parent.insertBefore(block, table);
    blocks.push(block);
  };
  const pending = childrenOf(table).reverse();
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (!isElement(node)) continue;
    if (node.nodeName === 'TD' || node.nodeName === 'TH' || node.nodeName === 'CAPTION') moveInto(node);
    else if (node.nodeName === 'THEAD' || node.nodeName === 'TBODY' || node.nodeName === 'TFOOT' || node.nodeName === 'TR') {
      const rows = childrenOf(node);
      for (let i = rows.length - 1; i >= 0; i--) pending.push(rows[i]);
    }
  }
  parent.removeChild(table);
  return blocks;
}
