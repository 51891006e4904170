// Parses article HTML once with domino, the parser turndown itself uses in Node, so turndown can take the DOM.
import { createDocument } from '@mixmark-io/domino';
import { capTagNesting } from './capTagNesting';
import type { DomDocument, DomElement } from './domTypes';

/** Deeper markup is unwrapped before parsing (see capTagNesting); well above what any article needs. */
const maxParsedDepth = 160;

/** The `<body>` holding the parsed article; head-only tags (meta, title, link) end up outside it, unread. */
export function parseHtml(html: string): DomElement {
  const document = createDocument(capTagNesting(html, maxParsedDepth)) as DomDocument;
  return document.body ?? document.documentElement;
}
