import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { pathToFileURL } from 'node:url';
import { checkSourceUrl, sourceIdentity } from './sourceUrl';

/** One feed listed in an OPML subscription list. */
export interface OpmlEntry {
  title?: string;
  url: string;
  /** The site's home page, when the list gives it. */
  htmlUrl?: string;
}

type Attributes = Record<string, unknown>;
interface OutlineNode extends Attributes {
  outline?: OutlineNode[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Readers disagree on case (xmlUrl, xmlurl, XMLURL): compare in lower case.
  transformTagName: (name) => name.toLowerCase(),
  transformAttributeName: (name) => name.toLowerCase(),
  isArray: (name) => name === 'outline',
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (&#233;) in titles; the parser has no switch for those alone.
  htmlEntities: true,
  // Hostile lists may declare entities: keep expansion small and bounded.
  processEntities: { enabled: true, maxEntityCount: 10, maxTotalExpansions: 100, maxExpandedLength: 10_000 },
});

/**
 * The feeds of an OPML file (another reader's export), in document order: categories are flattened,
 * entries without a usable `xmlUrl` skipped, repeats dropped. Throws an Error when the text is not OPML.
 */
export function parseOpml(text: string): OpmlEntry[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`Not a readable OPML file: ${valid.err.msg} (line ${valid.err.line})`);
  let document: { opml?: { body?: OutlineNode } | string };
  try {
    document = parser.parse(text) as typeof document;
  } catch (error) {
    throw new Error(`Not a readable OPML file: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const opml = document.opml;
  if (opml === undefined) throw new Error('Not an OPML file: it has no <opml> element');
  const body = typeof opml === 'object' ? opml.body : undefined;

  const entries: OpmlEntry[] = [];
  const seen = new Set<string>();
  const visit = (outlines: OutlineNode[] | undefined) => {
    for (const outline of outlines ?? []) {
      const entry = toEntry(outline);
      if (entry && !seen.has(sourceIdentity(entry.url))) {
        seen.add(sourceIdentity(entry.url));
        entries.push(entry);
      }
      visit(outline.outline);
    }
  };
  visit(typeof body === 'object' ? body.outline : undefined);
  return entries;
}

function toEntry(outline: OutlineNode): OpmlEntry | undefined {
  const xmlUrl = textOf(outline.xmlurl);
  if (!xmlUrl) return undefined;
  const checked = checkSourceUrl(xmlUrl);
  if (!checked.ok) return undefined;
  const entry: OpmlEntry = { url: checked.url };
  const title = textOf(outline.title) ?? textOf(outline.text);
  if (title) entry.title = title;
  const htmlUrl = textOf(outline.htmlurl);
  if (htmlUrl) entry.htmlUrl = htmlUrl;
  return entry;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/**
 * An OPML 2.0 subscription list of the sources, for other feed readers. Local paths become file: URLs;
 * `builtin:` sources are left out, since no other reader can fetch them.
 */
export function toOpml(sources: readonly { url: string; name?: string }[], title = 'Tutorial Reader sources'): string {
  const outline = sources.flatMap((source) => {
    const checked = checkSourceUrl(source.url);
    if (!checked.ok) return [];
    const xmlUrl = /^[a-z][a-z0-9+.-]+:/i.test(checked.url) ? checked.url : pathToFileURL(checked.url).href;
    const label = clean(source.name?.trim() || source.url);
    return [{ '@type': 'rss', '@text': label, '@title': label, '@xmlUrl': clean(xmlUrl) }];
  });
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    opml: { '@version': '2.0', head: { title: clean(title) }, body: { outline } },
  }) as string;
}

/** XML 1.0 cannot carry most control characters, even escaped. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}
