// XML feed text → fast-xml-parser's object tree, with every failure turned into a message a person understands.
import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { decodeHTMLStrict } from 'entities';
import { attributePrefix, rootElementName, textKey, type XmlNode } from './xmlNodes';

export interface XmlFeedDocument {
  /** Root element name as written, prefix included (`rss`, `rdf:RDF`, `feed`). */
  rootName: string;
  root: unknown;
  /** False when the text stops before the root's closing tag (a download cut short). */
  complete: boolean;
}

/** Elements that repeat in feeds; fast-xml-parser would give a lone one as an object instead of an array. */
const repeatedElements = new Set([
  'item', 'entry', 'category', 'link', 'author', 'contributor', 'enclosure',
  'dc:creator', 'dc:subject', 'media:content', 'media:thumbnail', 'media:group',
]);

/**
 * One decoding pass over XML's five entities, character references and HTML's named entities (`&nbsp;`, `&mdash;`:
 * RSS feeds use them undeclared). Entities a DOCTYPE declares are never expanded — that is what makes entity
 * bombs (billion laughs) harmless — and CDATA never reaches the decoder, so nothing is decoded twice.
 */
const htmlEntityDecoder: NonNullable<X2jOptions['entityDecoder']> = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: (text) => (text.includes('&') ? decodeHTMLStrict(text) : text),
};

const parserOptions: X2jOptions = {
  ignoreAttributes: false,
  attributeNamePrefix: attributePrefix,
  textNodeName: textKey,
  // Values stay strings: a title "2024" or a guid "00123" must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  // Untrimmed so "Hello <![CDATA[<b>world</b>]]>" keeps its space; readers trim the values they use.
  trimValues: false,
  entityDecoder: htmlEntityDecoder,
  // The DOCTYPE reader still refuses external (SYSTEM) entities and caps how many and how large declarations are.
  processEntities: { enabled: true, maxEntityCount: 50, maxEntitySize: 1000 },
  jPath: false,
  isArray: (tagName, _path, _isLeaf, isAttribute) => !isAttribute && repeatedElements.has(tagName),
  // Atom's inline XHTML is kept as the markup it is rather than taken apart into objects.
  stopNodes: [
    '..content[type=xhtml]', '..summary[type=xhtml]', '..title[type=xhtml]', '..subtitle[type=xhtml]',
    '..content[mode=xml]', '..summary[mode=xml]', '..tagline[mode=xml]',
  ],
};

/** Parses XML text; throws an Error naming `subject` when it is malformed, cut off inside markup or hostile. */
export function parseXmlFeedDocument(text: string, subject: string): XmlFeedDocument {
  let document = parseXml(text, subject, parserOptions);
  const rootName = rootElementName(document);
  if (!rootName) {
    throw new Error(`${subject} is not a feed: it contains no XML element`);
  }
  // Atom written with a prefix (<atom:feed><atom:entry>): read again with the prefix taken off every element,
  // so the Atom reader sees the names it knows. Rare, so the second parse costs the common case nothing.
  const prefixed = /^([\w.-]+):feed$/.exec(rootName);
  if (prefixed) {
    const prefix = `${prefixed[1]}:`;
    document = parseXml(text, subject, { ...parserOptions, transformTagName: (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : name) });
    return { rootName, root: document.feed, complete: endsWithClosingTag(text, rootName, document.feed) };
  }
  const root = document[rootName];
  return { rootName, root, complete: endsWithClosingTag(text, rootName, root) };
}

function parseXml(text: string, subject: string, options: X2jOptions): XmlNode {
  try {
    return new XMLParser(options).parse(text) as XmlNode;
  } catch (error) {
    throw new Error(describeParseFailure(text, subject, error), { cause: error });
  }
}

function describeParseFailure(text: string, subject: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const head = text.slice(0, 65_536);
  if (/<!ENTITY[^>]*\b(?:SYSTEM|PUBLIC)\b/i.test(head)) {
    return `${subject} declares an external entity (<!ENTITY … SYSTEM/PUBLIC>) in its DOCTYPE; `
      + 'Tutorial Reader never reads files or URLs a feed names there';
  }
  if (/<!DOCTYPE[^[>]*\[[^\]]*<!ENTITY/i.test(head)) {
    return `${subject} declares XML entities in its DOCTYPE that Tutorial Reader refuses (${readable(detail)})`;
  }
  if (/not closed|Unexpected end|Unclosed|Unterminated|readTagExp/i.test(detail)) {
    return `${subject} ends in the middle of its XML: the feed looks truncated`;
  }
  if (/Maximum nested tags/i.test(detail)) {
    return `${subject} nests XML elements too deeply to be read as a feed`;
  }
  return `${subject} is not well-formed XML (${readable(detail)})`;
}

/** fast-xml-parser's message without its internal jargon. */
function readable(detail: string): string {
  const firstLine = detail.split('\n')[0].replace(/\.$/, '');
  return /undefined|cannot read/i.test(firstLine) ? 'the parser could not make sense of it' : firstLine;
}

/**
 * fast-xml-parser accepts a document cut off after any complete tag; a downloaded feed that stops early is
 * recognised by its last markup not being the root's closing tag (trailing comments and whitespace aside).
 */
function endsWithClosingTag(text: string, rootName: string, root: unknown): boolean {
  let end = text.trimEnd();
  while (end.endsWith('-->') || end.endsWith('?>')) {
    const start = end.lastIndexOf(end.endsWith('-->') ? '<!--' : '<?');
    if (start < 0) break;
    end = end.slice(0, start).trimEnd();
  }
  const tail = end.slice(-(rootName.length + 64));
  if (new RegExp(`</\\s*${rootName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>$`).test(tail)) return true;
  // <rss/>: a root without children is complete when it closes itself.
  const childless = typeof root === 'string'
    || (typeof root === 'object' && root !== null && Object.keys(root).every((k) => k.startsWith(attributePrefix)));
  return childless && end.endsWith('/>');
}
