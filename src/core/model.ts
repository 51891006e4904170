// The shapes every layer shares. Dates are ISO 8601 strings; `summary` and `contentHtml` hold HTML as found in the feed.

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'cdf';

export interface Feed {
  format: FeedFormat;
  title: string;
  link?: string;
  description?: string;
  imageUrl?: string;
  updated?: string;
  items: FeedItem[];
  /**
   * The text ended before the feed's closing tag (a download or a generator cut short). Every article read up
   * to that point is in `items`; the extension uses this to refuse replacing a larger cached feed.
   */
  truncated?: boolean;
}

export interface FeedItem {
  id: string;
  title: string;
  link?: string;
  /** The first author; `authors` lists every one, in the feed's order. */
  author?: string;
  authors?: string[];
  published?: string;
  updated?: string;
  summary?: string;
  contentHtml?: string;
  categories: string[];
  imageUrl?: string;
}

/** A fenced code block of an article's Markdown. `lang` is '' when unknown; `line` is the fence's 0-based line. */
export interface Snippet {
  index: number;
  lang: string;
  code: string;
  line: number;
}
