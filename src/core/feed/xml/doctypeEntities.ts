// A feed's DOCTYPE, read before the XML parser sees the text: internal entities (<!ENTITY id "tag:x,">) are
// expanded within limits, external ones (SYSTEM/PUBLIC) are never fetched or read, and bombs are refused.
import { decodeHTMLStrict } from 'entities';

/** Limits that keep entity expansion linear in the feed's size ("billion laughs" and wide bombs are refused). */
export const entityLimits = {
  /** Declarations one DOCTYPE may make (feeds that inline XHTML's entity sets declare a few hundred). */
  maxDeclarations: 1000,
  /** Characters one entity may expand to. */
  maxEntityLength: 10_000,
  /** Characters all references in the document may add, in total. */
  maxExpansion: 1_000_000,
};

/** Decodes character data: character references, HTML's named entities and the DOCTYPE's own internal entities. */
export interface EntityDecoder {
  decode(raw: string): string;
}

export interface Doctype {
  /** The text with the DOCTYPE removed (it is not markup the tree needs). */
  text: string;
  decoder: EntityDecoder;
}

// A reference: &#123; &#x1F; or &name; (XML names may hold '.', '-' and ':').
const referencePattern = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z_][\w.:-]*);/g;

/** Thrown for DOCTYPEs that must not be expanded; the message names what was wrong, for a person. */
export class EntityError extends Error {}

/**
 * Finds the DOCTYPE before the root element and reads its internal entities. `subject` names the feed in errors.
 * Throws an EntityError for an entity bomb (too many declarations, an entity or the whole expansion too large).
 */
export function readDoctype(text: string, subject: string): Doctype {
  const found = findDoctype(text);
  if (!found) return { text, decoder: makeDecoder(new Map(), subject) };
  const entities = internalEntities(found.subset, subject);
  return { text: text.slice(0, found.start) + text.slice(found.end), decoder: makeDecoder(entities, subject) };
}

/**
 * Feeds were written against HTML 4's entity set; HTML5 changed what two of its names mean (&lang; is U+27E8
 * there, U+2329 in HTML 4 and in every feed reader).
 */
const html4Entities: Record<string, string> = { '&lang;': '\u2329', '&rang;': '\u232A' };

function decodeHtmlEntities(raw: string): string {
  const html4 = raw.includes('ang;') ? raw.replace(/&[lr]ang;/g, (reference) => html4Entities[reference]) : raw;
  return decodeHTMLStrict(html4);
}

function makeDecoder(entities: ReadonlyMap<string, string>, subject: string): EntityDecoder {
  // The common case, a feed without a DOCTYPE: one pass of the entity library over the whole string.
  if (entities.size === 0) return { decode: (raw) => (raw.includes('&') ? decodeHtmlEntities(raw) : raw) };
  let budget = entityLimits.maxExpansion;
  const replace = (reference: string, name: string): string => {
    const declared = entities.get(name);
    if (declared === undefined) return decodeHtmlEntities(reference);
    budget -= declared.length;
    if (budget < 0) throw new EntityError(`${subject} uses its DOCTYPE's entities to expand to more than ${entityLimits.maxExpansion.toLocaleString('en')} characters (an entity bomb); Tutorial Reader refuses it`);
    return declared;
  };
  return { decode: (raw) => (raw.includes('&') ? raw.replace(referencePattern, replace) : raw) };
}

interface FoundDoctype {
  start: number;
  end: number;
  /** The internal subset between [ and ], '' when there is none. */
  subset: string;
}

/** The DOCTYPE declaration in the prolog, scanned with its quotes, comments and internal subset. */
function findDoctype(text: string): FoundDoctype | undefined {
  const prolog = /<!DOCTYPE\b|<(?![!?])/i.exec(text.slice(0, 65_536));
  if (!prolog || prolog[0] === '<') return undefined;
  const start = prolog.index;
  let quote = '';
  let subsetStart = -1;
  let subsetEnd = -1;
  for (let i = start + prolog[0].length; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (subsetStart >= 0 && subsetEnd < 0 && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) break;
      i = close + 2;
    } else if (c === '[' && subsetStart < 0) {
      subsetStart = i + 1;
    } else if (c === ']' && subsetStart >= 0 && subsetEnd < 0) {
      subsetEnd = i;
    } else if (c === '>' && (subsetStart < 0 || subsetEnd >= 0)) {
      return { start, end: i + 1, subset: subsetStart >= 0 ? text.slice(subsetStart, subsetEnd) : '' };
    }
  }
  // A DOCTYPE that never ends holds the whole document: leave the text to the parser, which reports it.
  return undefined;
}

// <!ENTITY name "value"> or 'value'; parameter entities (%) and external ones (SYSTEM/PUBLIC) do not match.
const declarationPattern = /<!ENTITY\s+(%\s+)?([A-Za-z_][\w.:-]*)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/g;

/**
 * The internal general entities, each expanded in declaration order (a reference to an earlier one is replaced,
 * a later or unknown one left as written, so nothing recurses). External and parameter entities are skipped:
 * a reference to one stays in the text as written, and nothing they name is ever read.
 */
function internalEntities(subset: string, subject: string): Map<string, string> {
  const entities = new Map<string, string>();
  const withoutComments = subset.replace(/<!--[^]*?-->/g, '');
  let declarations = 0;
  for (const match of withoutComments.matchAll(declarationPattern)) {
    declarations++;
    if (declarations > entityLimits.maxDeclarations) {
      throw new EntityError(`${subject} declares more than ${entityLimits.maxDeclarations} entities in its DOCTYPE; Tutorial Reader refuses it`);
    }
    const [, parameter, name, doubleQuoted, singleQuoted, external] = match;
    if (parameter || external || entities.has(name)) continue;
    let length = 0;
    const value = (doubleQuoted ?? singleQuoted ?? '').replace(referencePattern, (reference, inner: string) => {
      const replacement = entities.get(inner) ?? (inner.startsWith('#') ? decodeHTMLStrict(reference) : reference);
      // Checked as it grows, so a declaration of many large references is refused before it is built.
      length += replacement.length;
      if (length > entityLimits.maxEntityLength) throw tooLong(subject, name);
      return replacement;
    });
    if (value.length > entityLimits.maxEntityLength) throw tooLong(subject, name);
    entities.set(name, value);
  }
  return entities;
}

function tooLong(subject: string, name: string): EntityError {
  return new EntityError(`${subject} declares an entity &${name}; that expands to more than ${entityLimits.maxEntityLength.toLocaleString('en')} characters (an entity bomb); Tutorial Reader refuses it`);
}
