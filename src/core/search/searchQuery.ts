import { searchWords } from './searchTokens';

// What a user types into Search Articles: words, plus filters in the style of GitHub's search box.

export interface SearchQuery {
  /** Words every hit must match (prefix and typo tolerant), lowercase. */
  readonly terms: readonly string[];
  /** `lang:python`: the article has code in one of these languages. */
  readonly languages: readonly string[];
  /** `source:freecodecamp`: the source's title contains one of these. */
  readonly sources: readonly string[];
  /** `is:unread` / `is:read`. */
  readonly unread?: boolean;
  /** `is:saved`. */
  readonly saved?: boolean;
}

const filter = /(?:^|\s)(lang|language|source|is):(?:"([^"]*)"|(\S*))/gi;

/** Parses a search box's text. Unknown `is:` values and empty filters are ignored, never an error. */
export function parseSearchQuery(text: string): SearchQuery {
  const languages: string[] = [];
  const sources: string[] = [];
  let unread: boolean | undefined;
  let saved: boolean | undefined;
  const rest = text.replace(filter, (_match, key: string, quoted: string | undefined, bare: string | undefined) => {
    const value = (quoted ?? bare ?? '').trim().toLowerCase();
    if (!value) return ' ';
    switch (key.toLowerCase()) {
      case 'lang': case 'language': languages.push(value); break;
      case 'source': sources.push(value); break;
      default:
        if (value === 'unread') unread = true;
        else if (value === 'read') unread = false;
        else if (value === 'saved') saved = true;
    }
    return ' ';
  });
  const terms = searchWords(rest);
  return { terms, languages, sources, ...(unread === undefined ? {} : { unread }), ...(saved === undefined ? {} : { saved }) };
}

/** True when the query asks for nothing: no words and no filters. */
export function isEmptyQuery(query: SearchQuery): boolean {
  return !query.terms.length && !query.languages.length && !query.sources.length && query.unread === undefined && query.saved === undefined;
}
