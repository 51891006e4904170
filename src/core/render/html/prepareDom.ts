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
import { headingSlugger, headingText } from '../headingSlugs';
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
  const anchors = anchorTargets(root);
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
        if (containsHeading(node)) {
          push(liftHeadingsOutOfLink(node, base), depth);
          continue;
        }
        if (isSelfAnchorInHeading(node)) {
          if (isAnchorMarker(node)) node.parentNode.removeChild(node);
          else push(unwrap(node), depth);
          continue;
        }
        if (prepareLink(node, base, anchors)) break;
        push(unwrap(node), depth);
        continue;
      case 'TABLE':
        if (!holdsBlocks(node)) {
          push(moveCaptionOut(node), depth);
          expandSpans(node);
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

/**
 * False when the link should give way to its content (an image zoom link). A link to a place in the article
 * (`#setup`) stays relative and points at the id the preview gives that heading (see anchorTargets).
 */
function prepareLink(link: DomElement, base: URL | undefined, anchors: ReadonlyMap<string, string>): boolean {
  const className = link.getAttribute('class');
  if (className && imageZoomLink.test(className)) return false;
  const href = link.getAttribute('href');
  if (href === null) return true;
  const url = resolveUrl(href, base, 'link');
  if (url?.startsWith('#')) link.setAttribute('href', anchors.get(fragmentId(url)) ?? url);
  else if (url) link.setAttribute('href', url);
  else link.removeAttribute('href');
  return true;
}

function fragmentId(fragment: string): string {
  try {
    return decodeURIComponent(fragment.slice(1));
  } catch {
    return fragment.slice(1);
  }
}

const headingTags = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** What permalink anchors beside headings show: nothing, a zero-width space, #, ¶, §, a link emoji. */
const anchorMarkerText = /^[\s\u200b\u00a0#¶§🔗⚓]*$/u;

/**
 * Where each `#id` of the article leads, as `#slug` of the heading it names: the heading's own id, an id inside
 * it, or an id on an element before it (`<a name="setup"></a><h2>Setup</h2>`, `<section id="setup"><h2>`). The
 * slugs are those headingIds gives the rendered headings, counted in the same order.
 */
function anchorTargets(root: DomElement): Map<string, string> {
  const targets = new Map<string, string>();
  const slug = headingSlugger();
  let waiting: string[] = [];
  const pending: DomNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (!isElement(node)) continue;
    if (headingTags.has(node.nodeName)) {
      const text = headingText(visibleHeadingText(node));
      if (!text) continue;
      const target = `#${slug(text)}`;
      for (const id of [...waiting, ...idsWithin(node)]) if (!targets.has(id)) targets.set(id, target);
      waiting = [];
      continue;
    }
    const id = node.getAttribute('id') ?? (node.nodeName === 'A' ? node.getAttribute('name') : null);
    if (id) waiting.push(id);
    for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  return targets;
}

function idsWithin(heading: DomElement): string[] {
  const ids: string[] = [];
  const pending: DomNode[] = [heading];
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (!isElement(node)) continue;
    const id = node.getAttribute('id') ?? (node.nodeName === 'A' ? node.getAttribute('name') : null);
    if (id) ids.push(id);
    for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  return ids;
}

/** A heading's text as the Markdown will show it: without noise, images and permalink markers. */
function visibleHeadingText(heading: DomElement): string {
  let text = '';
  const pending: DomNode[] = [heading];
  while (pending.length > 0) {
    const node = pending.pop() as DomNode;
    if (!isElement(node)) {
      text += node.textContent;
      continue;
    }
    if (node !== heading && (isNoise(node) || (node.nodeName === 'A' && isSelfAnchorInHeading(node) && isAnchorMarker(node)))) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  return text;
}

function containsHeading(element: DomElement): boolean {
  for (const tag of headingTags) if (element.getElementsByTagName(tag).length > 0) return true;
  return false;
}

/** A `#…` link inside a heading: the heading's permalink (Docusaurus, Hugo, GitHub anchors), never content. */
function isSelfAnchorInHeading(link: DomElement): boolean {
  if (!link.getAttribute('href')?.trim().startsWith('#')) return false;
  for (let ancestor = link.parentNode; ancestor && isElement(ancestor); ancestor = ancestor.parentNode) {
    if (headingTags.has(ancestor.nodeName)) return true;
  }
  return false;
}

function isAnchorMarker(link: DomElement): boolean {
  return anchorMarkerText.test(link.textContent) && link.getElementsByTagName('img').length === 0;
}

/**
 * `<a href="#sec"><h2 id="sec">Title</h2></a>`: a heading must stay a heading, so the link moves inside it
 * (onto its text), or goes when it only points to the heading itself. Returns the nodes that took its place.
 */
function liftHeadingsOutOfLink(link: DomElement, base: URL | undefined): DomNode[] {
  const url = resolveUrl(link.getAttribute('href'), base, 'link');
  const moved = unwrap(link);
  if (!url || url.startsWith('#')) return moved;
  const document = link.ownerDocument;
  for (const node of moved) {
    if (!isElement(node)) continue;
    const headings = headingTags.has(node.nodeName) ? [node] : [...headingTags].flatMap((tag) => Array.from(node.getElementsByTagName(tag)));
    for (const heading of headings) {
      const inner = document.createElement('a');
      inner.setAttribute('href', url);
      for (const child of childrenOf(heading)) inner.appendChild(child);
      heading.appendChild(inner);
    }
  }
  return moved;
}

/**
 * Merged cells (`colspan`, `rowspan`) become as many GFM cells, so every row has a cell per column and the table
 * stays a table: a body cell's text stays in its first cell and the cells it spanned are left empty; a header's
 * text is repeated over the columns it spans.
 */
function expandSpans(table: DomElement): void {
  const rows = Array.from((table as DomElement & { rows: ArrayLike<DomElement> }).rows);
  const coveredFromAbove: number[] = [];
  const document = table.ownerDocument;
  const emptyCell = (like: string) => document.createElement(like === 'TH' ? 'th' : 'td');
  for (const row of rows) {
    const cells = cellsOf(row);
    let column = 0;
    const skipCovered = (before: DomNode | null, like: string) => {
      while ((coveredFromAbove[column] ?? 0) > 0) {
        coveredFromAbove[column]--;
        row.insertBefore(emptyCell(like), before);
        column++;
      }
    };
    for (const cell of cells) {
      skipCovered(cell, cell.nodeName);
      const colspan = spanOf(cell, 'colspan');
      const rowspan = spanOf(cell, 'rowspan');
      cell.removeAttribute('colspan');
      cell.removeAttribute('rowspan');
      // A spanning header names every column it spans; a spanning body cell says its text once.
      for (let extra = 1; extra < colspan; extra++) {
        const spanned = emptyCell(cell.nodeName);
        if (cell.nodeName === 'TH') spanned.appendChild(document.createTextNode(cell.textContent.trim()));
        row.insertBefore(spanned, cell.nextSibling);
      }
      for (let k = 0; k < colspan; k++) if (rowspan > 1) coveredFromAbove[column + k] = rowspan - 1;
      column += colspan;
    }
    skipCovered(null, 'TD');
    for (let rest = column; rest < coveredFromAbove.length; rest++) {
      if ((coveredFromAbove[rest] ?? 0) > 0) {
        coveredFromAbove[rest]--;
        row.appendChild(emptyCell('TD'));
      }
    }
  }
  mergeHeaderRows(rows);
}

/**
 * GFM has one header row. Two-level headers (`Speed` over `Cold | Warm`) become one row, each column naming both
 * levels: `Speed / Cold`, `Speed / Warm`.
 */
function mergeHeaderRows(rows: DomElement[]): void {
  const header = rows.filter((row, index) => row.parentNode?.nodeName === 'THEAD'
    || (rows.slice(0, index + 1).every((r) => cellsOf(r).every((cell) => cell.nodeName === 'TH'))));
  if (header.length < 2) return;
  const [first, ...rest] = header;
  const columns = cellsOf(first);
  for (const row of rest) {
    cellsOf(row).forEach((cell, column) => {
      const target = columns[column];
      if (!target || !cell.textContent.trim()) return;
      if (target.textContent.trim()) target.appendChild(target.ownerDocument.createTextNode(' / '));
      for (const child of childrenOf(cell)) target.appendChild(child);
    });
    (row.parentNode as DomElement).removeChild(row);
  }
}

function cellsOf(row: DomElement): DomElement[] {
  return childrenOf(row).filter((n): n is DomElement => isElement(n) && (n.nodeName === 'TD' || n.nodeName === 'TH'));
}

function spanOf(cell: DomElement, attribute: string): number {
  const value = Number.parseInt(cell.getAttribute(attribute) ?? '1', 10);
  return Number.isFinite(value) ? Math.min(Math.max(value, 1), 100) : 1;
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
