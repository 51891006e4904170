// XML feed text → the tolerant tree, with the document-level facts the readers need and every refusal worded
// for a person.
import { EntityError, readDoctype } from './xml/doctypeEntities';
import { readXmlTree } from './xml/readXmlTree';
import type { XmlElement } from './xml/xmlTree';

export interface XmlFeedDocument {
  root: XmlElement;
  /** The root element's local name, lower case: `rss`, `rdf`, `feed`, `html`, `svg`… */
  kind: string;
  /** The root's name as written (lower case), for messages. */
  rootName: string;
  /** False when the text stops before the root's end tag (a download or generator cut short). */
  complete: boolean;
  /** Start tags of `item` and `entry` in the text, to prove the readers found every article. */
  itemStartTags: ReadonlyMap<string, number>;
}

/** Parses XML text; throws an Error naming `subject` when it holds no element or a refused DOCTYPE. */
export function parseXmlFeedDocument(text: string, subject: string): XmlFeedDocument {
  let doctype;
  let tree;
  try {
    doctype = readDoctype(text, subject);
    tree = readXmlTree(doctype.text, doctype.decoder);
  } catch (error) {
    if (error instanceof EntityError) throw new Error(error.message, { cause: error });
    throw error;
  }
  const { root, rootName, itemStartTags } = tree;
  if (!root || !rootName) throw new Error(`${subject} is not a feed: it contains no XML element`);
  return {
    root,
    kind: rootName.slice(rootName.indexOf(':') + 1),
    rootName,
    complete: endsWithRootEnd(doctype.text, rootName, root),
    itemStartTags,
  };
}

/**
 * Whether the text ends with the root's end tag, trailing comments, processing instructions and whitespace aside.
 * An end tag missing only its `>` (`</rss`) counts: everything before it is there.
 */
function endsWithRootEnd(text: string, rootName: string, root: XmlElement): boolean {
  let end = text.trimEnd();
  while (end.endsWith('-->') || end.endsWith('?>')) {
    const start = end.lastIndexOf(end.endsWith('-->') ? '<!--' : '<?');
    if (start < 0) break;
    end = end.slice(0, start).trimEnd();
  }
  const tail = end.slice(-(rootName.length + 64));
  if (new RegExp(`</\\s*${rootName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>?$`, 'i').test(tail)) return true;
  // <rss/>: a root without children is complete when it closes itself.
  return root.children.length === 0 && end.endsWith('/>');
}
