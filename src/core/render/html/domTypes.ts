// The slice of the DOM that our HTML preparation and turndown rules touch. The project compiles without the
// DOM lib (src/core runs in plain Node on domino's DOM), so we name exactly what we use.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  /** Upper-case tag name for elements, '#text' for text. */
  readonly nodeName: string;
  readonly parentNode: DomElement | null;
  readonly firstChild: DomNode | null;
  readonly lastChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly previousSibling: DomNode | null;
  readonly ownerDocument: DomDocument;
  textContent: string;
}

export interface DomText extends DomNode {
  data: string;
}

export interface DomElement extends DomNode {
  readonly childNodes: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  appendChild<T extends DomNode>(child: T): T;
  insertBefore<T extends DomNode>(child: T, reference: DomNode | null): T;
  removeChild<T extends DomNode>(child: T): T;
  replaceChild<T extends DomNode>(child: DomNode, old: T): T;
}

export interface DomDocument {
  readonly body: DomElement | null;
  readonly documentElement: DomElement;
  createElement(tagName: string): DomElement;
  createTextNode(data: string): DomText;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
