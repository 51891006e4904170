// Feed text → XmlElement tree with htmlparser2's forgiving XML tokenizer. Real feeds are not always well-formed,
// and a reader must keep every article anyway: the repairs below are the ones browsers and feed readers make.
import { Parser } from 'htmlparser2';
import type { EntityDecoder } from './doctypeEntities';
import { FeedNamer, emptyScope, scopeWith, type NamespaceScope } from './feedNamespaces';
import type { XmlElement, XmlNode } from './xmlTree';

export interface XmlTree {
  root: XmlElement | undefined;
  /** The root element's name as written, lower case (`rss`, `rdf:rdf`, `atom:feed`). */
  rootName: string | undefined;
  /** How many start tags of `item` and `entry` the text holds, so a reader can prove none was lost. */
  itemStartTags: ReadonlyMap<string, number>;
}

/** HTML's void elements, written unclosed inside descriptions (`Line one<br>line two`); no feed element has these names. */
const voidElements = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'area', 'col', 'embed', 'param', 'track', 'keygen']);

/** Items never nest: an `<item>` start while one is open means the open one lost its end tag. */
const itemElements = new Set(['item', 'entry']);

/** Deeper elements are flattened into the one at this depth (their text kept): feeds need a handful of levels. */
const maxDepth = 256;

interface Frame {
  element: XmlElement;
  /** The name as written (lower case), which the end tag repeats. */
  written: string;
  scope: NamespaceScope;
}

/**
 * Parses XML without ever failing on its shape:
 * - a void HTML element (`<br>`) holds nothing, so it cannot swallow what follows;
 * - an end tag closes every element left open inside it, and a stray end tag is ignored;
 * - an `<item>`/`<entry>` start closes an item left open;
 * - text after the root's end (a second `<rss>` appended) is read into the root;
 * - a text cut short keeps everything read so far; `&` that starts no reference stays a character.
 */
export function readXmlTree(feedText: string, decoder: EntityDecoder): XmlTree {
  const { text, sections } = liftCdata(feedText);
  const namer = new FeedNamer();
  const stack: Frame[] = [];
  const itemStartTags = new Map<string, number>();
  let root: XmlElement | undefined;
  let rootName: string | undefined;
  let overflow = 0;
  let inCdata = false;
  let pendingText = '';
  let pendingCdata = '';

  const append = (node: XmlNode) => {
    stack[stack.length - 1]?.element.children.push(node);
  };
  const flushText = () => {
    if (pendingText.length === 0) return;
    const decoded = decoder.decode(pendingText);
    pendingText = '';
    append({ type: 'text', text: decoded, cdata: false });
  };

  const parser = new Parser({
    onopentag(written, rawAttributes) {
      flushText();
      if (stack.length >= maxDepth) {
        overflow++;
        return;
      }
      const scope = scopeWith(stack[stack.length - 1]?.scope ?? emptyScope, rawAttributes);
      if (!root) namer.setRoot(written, scope);
      const name = namer.name(written, scope);
      if (itemElements.has(name)) {
        itemStartTags.set(name, (itemStartTags.get(name) ?? 0) + 1);
        const open = lastIndex(stack, (frame) => frame.element.name === name);
        if (open > 0) stack.length = open;
      }
      const attributes: Record<string, string> = {};
      for (const key in rawAttributes) {
        if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
        attributes[namer.name(key, scope, true)] = decoder.decode(rawAttributes[key]);
      }
      const element: XmlElement = { type: 'element', name, local: written.slice(written.indexOf(':') + 1), attributes, children: [] };
      if (!root) {
        root = element;
        rootName = written;
      } else if (stack.length === 0) {
        // Markup after the root ended: kept inside the root rather than dropped.
        stack.push({ element: root, written: '', scope: emptyScope });
      }
      append(element);
      if (!voidElements.has(name)) stack.push({ element, written, scope });
    },
    onclosetag(written) {
      flushText();
      if (overflow > 0) {
        overflow--;
        return;
      }
      const open = lastIndex(stack, (frame) => frame.written === written);
      if (open >= 0) stack.length = open;
    },
    ontext(data) {
      if (stack.length === 0) return;
      if (inCdata) pendingCdata += data;
      else pendingText += data;
    },
    oncdatastart() {
      flushText();
      inCdata = true;
    },
    oncdataend() {
      inCdata = false;
      const lifted = pendingCdata.startsWith(placeholderMark) ? sections[Number(pendingCdata.slice(1))] : undefined;
      const content = lifted ?? pendingCdata;
      if (content.length > 0) append({ type: 'text', text: content, cdata: true });
      pendingCdata = '';
    },
  }, {
    xmlMode: true,
    // Decoded here instead, with HTML's entities and the DOCTYPE's (the tokenizer knows only XML's five).
    decodeEntities: false,
    // End tags match start tags whatever their case (<pubDate>…</pubdate>); readers ask for lower-case names.
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: true,
    recognizeCDATA: true,
  });
  parser.write(text);
  parser.end();
  flushText();
  return { root, rootName, itemStartTags };
}

function lastIndex<T>(items: readonly T[], matches: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (matches(items[i])) return i;
  return -1;
}

const placeholderMark = '\uE000';

/**
 * Article bodies sit in CDATA sections, most of a feed's bytes; the tokenizer scans them a character at a time in
 * JavaScript, `indexOf` natively. So each section's content is lifted out first and a short placeholder left in
 * its place (comments are skipped, as the tokenizer skips them), then put back when the section is read.
 */
function liftCdata(text: string): { text: string; sections: string[] } {
  const sections: string[] = [];
  const parts: string[] = [];
  let position = 0;
  let comment = text.indexOf('<!--');
  for (;;) {
    const cdata = text.indexOf('<![CDATA[', position);
    if (cdata < 0) break;
    if (comment >= 0 && comment < position) comment = text.indexOf('<!--', position);
    if (comment >= 0 && comment < cdata) {
      const commentEnd = text.indexOf('-->', comment + 4);
      if (commentEnd < 0) break;
      parts.push(text.slice(position, commentEnd + 3));
      position = commentEnd + 3;
      continue;
    }
    const start = cdata + 9;
    const end = text.indexOf(']]>', start);
    parts.push(text.slice(position, start), placeholderMark + sections.length);
    sections.push(text.slice(start, end < 0 ? text.length : end));
    if (end < 0) return { text: parts.join(''), sections };
    parts.push(']]>');
    position = end + 3;
  }
  if (sections.length === 0) return { text, sections };
  parts.push(text.slice(position));
  return { text: parts.join(''), sections };
}
