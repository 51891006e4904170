// Reading fast-xml-parser's output defensively: an element is a string (text only), an object (attributes and
// children, text under '#text'), or an array when repeated — and broken feeds put any of them anywhere.

export type XmlNode = Record<string, unknown>;

export const textKey = '#text';
export const attributePrefix = '@_';

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every `name` child of `node`, each as an element (object or string). */
export function children(node: unknown, name: string): unknown[] {
  if (!isNode(node)) return [];
  const value = node[name];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first `name` child of `node`. */
export function child(node: unknown, name: string): unknown {
  return children(node, name)[0];
}

/** The text of an element (CDATA included), undefined when it has none. Not trimmed. */
export function textOf(element: unknown): string | undefined {
  if (typeof element === 'string') return element;
  if (typeof element === 'number' || typeof element === 'boolean') return String(element);
  if (Array.isArray(element)) return textOf(element[0]);
  if (isNode(element)) return textOf(element[textKey]);
  return undefined;
}

/** The text of the first `name` child. */
export function childText(node: unknown, name: string): string | undefined {
  return textOf(child(node, name));
}

/** An attribute's value (entities decoded), undefined when absent. */
export function attribute(element: unknown, name: string): string | undefined {
  if (!isNode(element)) return undefined;
  const value = element[attributePrefix + name];
  return typeof value === 'string' ? value : undefined;
}

/** The name of the document's root element: the first key that is not the XML declaration or stray text. */
export function rootElementName(document: XmlNode): string | undefined {
  return Object.keys(document).find((key) => key !== '?xml' && key !== textKey && !key.startsWith('?'));
}
