// Feeds bind namespaces to whatever prefixes they like (xmlns:dublin="…/dc/elements/1.1/", <rss:title>); the
// readers ask for one spelling. Every element and attribute name is mapped to it through its namespace URI.

/** The feed's own vocabulary: RSS 1.0/0.90/1.1 and Userland's RSS 2.0 namespaces read as unprefixed names. */
const feedVocabulary = '';

/** Namespace URI (normalised by `normaliseUri`) → the prefix the readers use. */
const knownNamespaces = new Map<string, string>([
  ['http://purl.org/rss/1.0', feedVocabulary],
  ['http://my.netscape.com/rdf/simple/0.9', feedVocabulary],
  ['http://purl.org/net/rss1.1', feedVocabulary],
  ['http://backend.userland.com/rss2', feedVocabulary],
  ['http://backend.userland.com/rss', feedVocabulary],
  ['http://www.w3.org/2005/atom', 'atom'],
  ['http://purl.org/atom/ns', 'atom'],
  ['http://purl.org/dc/elements/1.1', 'dc'],
  ['http://purl.org/dc/elements/1.0', 'dc'],
  ['http://purl.org/dc/terms', 'dcterms'],
  ['http://purl.org/rss/1.0/modules/content', 'content'],
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://tools.search.yahoo.com/mrss', 'media'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://example.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://www.google.com/schemas/play-podcasts/1.0', 'googleplay'],
  ['https://podcastindex.org/namespace/1.0', 'podcast'],
  ['http://www.w3.org/1999/xhtml', 'xhtml'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns', 'rdf'],
  ['http://www.w3.org/xml/1998/namespace', 'xml'],
  ['http://purl.org/rss/1.0/modules/slash', 'slash'],
  ['http://wellformedweb.org/commentapi', 'wfw'],
  ['http://purl.org/syndication/thread/1.0', 'thr'],
  ['http://rssnamespace.org/feedburner/ext/1.0', 'feedburner'],
]);

/** URIs are compared without case, surrounding space, or a trailing '/' or '#' (feeds write all variants). */
function normaliseUri(uri: string): string {
  return uri.trim().toLowerCase().replace(/[/#]+$/, '');
}

/** The in-scope prefix → URI bindings of an element ('' is the default namespace). */
export type NamespaceScope = ReadonlyMap<string, string>;

export const emptyScope: NamespaceScope = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);

/** The scope inside an element with these attributes: the outer one, plus any xmlns declarations it makes. */
export function scopeWith(outer: NamespaceScope, attributes: Readonly<Record<string, string>>): NamespaceScope {
  let scope: Map<string, string> | undefined;
  for (const name in attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(outer);
    scope.set(name === 'xmlns' ? '' : name.slice(6), attributes[name]);
  }
  return scope ?? outer;
}

/**
 * Names elements and attributes the way the readers ask for them. The root element's own namespace (or its
 * undeclared prefix) is the feed's vocabulary, so `<atom:feed>` reads as `feed`, `<x:rss xmlns:x="…">` as `rss`.
 */
export class FeedNamer {
  private _feedNamespace: string | undefined;
  private readonly _cache = new WeakMap<NamespaceScope, Map<string, string>>();

  /** Called with the root element: its namespace is the one whose elements need no prefix. */
  setRoot(qualifiedName: string, scope: NamespaceScope): void {
    // <rdf:RDF> is only an envelope: RSS 1.0's elements are in their own namespace, and rdf:about keeps its prefix.
    const isRdf = qualifiedName.slice(qualifiedName.indexOf(':') + 1) === 'rdf';
    this._feedNamespace = isRdf ? undefined : this._namespaceOf(qualifiedName, scope, true);
  }

  /** The canonical name of an element (`attribute` false) or attribute written `qualifiedName` in `scope`. */
  name(qualifiedName: string, scope: NamespaceScope, attribute = false): string {
    let names = this._cache.get(scope);
    if (!names) this._cache.set(scope, names = new Map());
    const key = attribute ? `@${qualifiedName}` : qualifiedName;
    let name = names.get(key);
    if (name === undefined) {
      name = this._canonical(qualifiedName, scope, attribute);
      names.set(key, name);
    }
    return name;
  }

  private _canonical(qualifiedName: string, scope: NamespaceScope, attribute: boolean): string {
    const colon = qualifiedName.indexOf(':');
    const local = colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
    // An unprefixed attribute belongs to no namespace, whatever the default is.
    if (attribute && colon < 0) return qualifiedName;
    const namespace = this._namespaceOf(qualifiedName, scope, !attribute);
    if (namespace === this._feedNamespace) return local;
    if (namespace.startsWith('prefix:')) return qualifiedName;
    const known = knownNamespaces.get(normaliseUri(namespace));
    if (known === undefined) return colon < 0 ? local : qualifiedName;
    // Atom inside RSS (atom:link) keeps its prefix; an Atom feed's own elements matched the feed namespace above.
    return known === feedVocabulary ? local : `${known}:${local}`;
  }

  /** The URI the name's prefix is bound to; an undeclared prefix is `prefix:<name>`, no namespace at all ''. */
  private _namespaceOf(qualifiedName: string, scope: NamespaceScope, useDefault: boolean): string {
    const colon = qualifiedName.indexOf(':');
    if (colon < 0) return useDefault ? scope.get('') ?? '' : '';
    const prefix = qualifiedName.slice(0, colon);
    return scope.get(prefix) ?? `prefix:${prefix}`;
  }
}
