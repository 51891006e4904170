// Readability rewrites the markup it keeps: it turns <div>s into <p>s, drops classes, and may drop wrappers it
// scores as clutter. Highlighted code is made of exactly that markup (one <div> or <span> per line, toolbars,
// line-number tables), so before Readability runs each code block is reduced to what it means: one
// <pre><code> with the exact text a reader sees and its language, in place of every wrapper that only held it.
import { codeLanguage } from '../render/html/codeLanguage';
import { readCodeText } from '../render/html/codeBlocks';
import { isElement, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from '../render/html/domTypes';
import { isLineNumberGutter } from '../render/html/lineNumbers';

/** Elements that only hold or decorate a code block: climbed through to replace the whole thing. */
const wrapperTags = new Set(['DIV', 'SPAN', 'CODE']);
/** Toolbar text left beside a block by copy buttons. */
const toolbarText = /^(?:copy(?: code)?|copied!?|copy to clipboard)$/i;
/** A code block's title bar when it names a file (`src/App.tsx`, `docker-compose.yml`). */
const fileNameTitle = /^[\w@.~-]*[./][\w@./~-]+$/;

/** Rewrites every code block of `document` in place; returns the language class names used, for Readability to keep. */
export function protectCodeBlocks(document: DomDocument): string[] {
  const classes = new Set<string>();
  for (const pre of Array.from(document.documentElement.getElementsByTagName('pre'))) {
    if (!pre.parentNode || insidePre(pre)) continue;
    if (isLineNumberGutter(pre)) {
      pre.parentNode.removeChild(pre);
      continue;
    }
    const language = codeLanguage(pre);
    dropNewlineAfterStartTag(pre);
    const code = readCodeText(pre);
    const block = document.createElement('pre');
    const inner = document.createElement('code');
    if (language) {
      // The converter reads either; the class is what Readability's classesToPreserve keeps.
      block.setAttribute('data-lang', language);
      inner.setAttribute('class', `language-${language}`);
      classes.add(`language-${language}`);
    }
    inner.appendChild(document.createTextNode(code));
    block.appendChild(inner);
    const holder = outermostHolder(pre);
    markFileNameTitles(holder, document);
    (holder.parentNode as DomElement).replaceChild(block, holder);
  }
  return [...classes];
}

/**
 * HTML ignores a newline right after `<pre>` (browsers never show it); linkedom's parser keeps it as text, so it
 * is dropped here, as domino (the converter's parser) and every browser drop it.
 */
function dropNewlineAfterStartTag(pre: DomElement): void {
  const first = pre.firstChild;
  if (!first || first.nodeType !== TEXT_NODE) return;
  const text = first.textContent;
  if (text.startsWith('\r\n')) first.textContent = text.slice(2);
  else if (text.startsWith('\n')) first.textContent = text.slice(1);
}

function insidePre(element: DomElement): boolean {
  for (let ancestor = element.parentNode; ancestor && isElement(ancestor); ancestor = ancestor.parentNode) {
    if (ancestor.nodeName === 'PRE') return true;
  }
  return false;
}

/** The outermost wrapper that holds nothing but this block and its toolbar (Docusaurus, Prism, Rouge wrappers). */
function outermostHolder(pre: DomElement): DomElement {
  let holder = pre;
  for (let parent = pre.parentNode; parent && isElement(parent) && wrapperTags.has(parent.nodeName); parent = parent.parentNode) {
    for (let sibling = parent.firstChild; sibling; sibling = sibling.nextSibling) {
      if (sibling !== holder && !isDecoration(sibling)) return holder;
    }
    holder = parent;
  }
  return holder;
}

/** Beside a code block: whitespace, buttons, icons, empty toolbars, "Copy". */
function isDecoration(node: DomNode): boolean {
  if (node.nodeType === TEXT_NODE) return node.textContent.trim() === '';
  if (!isElement(node)) return true;
  if (node.nodeName === 'BUTTON') return true;
  const text = node.textContent.trim();
  return text === '' || toolbarText.test(text);
}

/**
 * A title bar naming the file, before the block in its container (Docusaurus), or a code card's caption naming
 * it (Ghost's figcaption below the block), becomes `<p><code>name</code></p>` before the block: the way articles
 * name files in prose, so Save to File finds the name as it does in a feed.
 */
function markFileNameTitles(holder: DomElement, document: DomDocument): void {
  const container = holder.parentNode;
  if (!container || !isElement(container)) return;
  const titles: DomElement[] = [];
  let before = true;
  for (let sibling = container.firstChild; sibling; sibling = sibling.nextSibling) {
    if (sibling === holder) before = false;
    if (sibling === holder || !isElement(sibling) || sibling.getElementsByTagName('pre').length > 0) continue;
    const caption = sibling.nodeName === 'FIGCAPTION' && container.nodeName === 'FIGURE';
    const text = sibling.textContent.trim();
    if ((before || caption) && fileNameTitle.test(text) && !/^\d+(?:\.\d+)*$/.test(text)) titles.push(sibling);
  }
  for (const title of titles) {
    const paragraph = document.createElement('p');
    const code = document.createElement('code');
    code.appendChild(document.createTextNode(title.textContent.trim()));
    paragraph.appendChild(code);
    container.removeChild(title);
    container.insertBefore(paragraph, holder);
  }
}
