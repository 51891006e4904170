// The tolerant parser's output: elements with their children in document order, so mixed content
// ("Using <code>map</code> in JS") keeps every word. Names are canonical (see feedNamespaces.ts) and lower case.

export interface XmlText {
  readonly type: 'text';
  /** Entities decoded; CDATA as written. */
  readonly text: string;
  readonly cdata: boolean;
}

export interface XmlElement {
  readonly type: 'element';
  /** Canonical name: `title`, `dc:creator`, `atom:link` in RSS, `xhtml:div`. */
  readonly name: string;
  /** The name without its prefix, as HTML output writes it. */
  readonly local: string;
  /** Canonical attribute names (lower case, `xml:base`, `rdf:about`), values with entities decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}

export type XmlNode = XmlElement | XmlText;

/** Every child element of `element` named `name`. */
export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  const found: XmlElement[] = [];
  for (const node of element.children) {
    if (node.type === 'element' && node.name === name) found.push(node);
  }
  return found;
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) {
    if (node.type === 'element' && node.name === name) return node;
  }
  return undefined;
}

/** An attribute's value, undefined when absent. */
export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes[name];
}

/** True when the element holds markup, not only text. */
export function hasElementChildren(element: XmlElement): boolean {
  return element.children.some((node) => node.type === 'element');
}

/** All text inside the element, descendants included, in document order (iterative: any depth). */
export function textContent(element: XmlElement | undefined): string {
  if (!element) return '';
  if (element.children.length === 1 && element.children[0].type === 'text') return element.children[0].text;
  let text = '';
  const pending: XmlNode[] = [...element.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'text') text += node.text;
    else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return text;
}

/**
 * The elements named `name` under `root`, at any depth but never inside one another: a feed's items,
 * wherever a sloppy feed (an unclosed element before them, items beside the channel) left them.
 */
export function descendants(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  // Depth first in document order: children are pushed last-first, so the first child is taken next.
  const pending: XmlNode[] = [...root.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type !== 'element') continue;
    if (node.name === name) found.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]);
  }
  return found;
}
