// An element's children written back as HTML: naked markup in a description (<p>Hi</p>) and Atom's inline XHTML.
import { escapeAttribute } from 'entities';
import { escapeHtmlText } from '../htmlText';
import type { XmlElement, XmlNode } from './xmlTree';

/** Elements HTML writes without an end tag. */
const voidHtml = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The children of `element` as HTML. `topLevelTextIsHtml` says what its own text is: in an RSS description it is
 * HTML source, escaped once for XML (`&lt;p&gt;`); in inline XHTML it is text and is escaped again here.
 * Text inside child elements is always text. Prefixes are dropped (`<xhtml:b>` is `<b>`). Iterative: any depth.
 */
export function innerHtml(element: XmlElement, topLevelTextIsHtml: boolean): string {
  let html = '';
  for (const node of element.children) {
    if (node.type === 'text') html += topLevelTextIsHtml ? node.text : escapeHtmlText(node.text);
    else html += elementHtml(node);
  }
  return html;
}

function elementHtml(element: XmlElement): string {
  const parts: string[] = [];
  const pending: Array<XmlNode | string> = [element];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') {
      parts.push(next);
    } else if (next.type === 'text') {
      parts.push(escapeHtmlText(next.text));
    } else {
      parts.push(openTag(next));
      if (next.children.length === 0 && voidHtml.has(next.local)) continue;
      pending.push(`</${next.local}>`);
      for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]);
    }
  }
  return parts.join('');
}

function openTag(element: XmlElement): string {
  let tag = `<${element.local}`;
  for (const name in element.attributes) tag += ` ${name}="${escapeAttribute(element.attributes[name])}"`;
  return `${tag}>`;
}
