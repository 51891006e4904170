// Full-text search over every cached article: titles, summaries, article text and the code in it.
// FlexSearch holds the posting lists (compact, fast to query); this class adds what a search box needs on top:
// prefix and typo-tolerant words (expanded against the index's own vocabulary), fields ranked apart, filters, and
// updates per source as sources refresh. Measured against MiniSearch in bench/sections/search.mjs.
import { Index } from 'flexsearch';
import { htmlToText } from '../feed/htmlText';
import { boundedEditDistance } from './editDistance';
import type { SearchQuery } from './searchQuery';
import { searchTokens } from './searchTokens';

/** An article as the index reads it. `key` is unique across sources. */
export interface SearchableArticle {
  readonly key: string;
  readonly sourceTitle: string;
  readonly title: string;
  readonly author?: string;
  readonly categories: readonly string[];
  /** Languages of the article's code, as the tree shows them. */
  readonly languages: readonly string[];
  readonly summaryHtml?: string;
  readonly bodyHtml?: string;
  /** Milliseconds since the epoch; undated articles rank last among equals. */
  readonly date?: number;
}

export interface SearchHit {
  readonly key: string;
  readonly score: number;
  /** The index's words that matched, for the excerpt (a typo's correction, a prefix's whole word). */
  readonly matched: readonly string[];
}

export interface SearchFilters {
  readonly isUnread?: (key: string) => boolean;
  readonly isSaved?: (key: string) => boolean;
}

// Two fields, not one per part: each field costs a posting per word, and title vs text is the ranking that matters.
type Field = 'head' | 'body';
const fieldWeights: Record<Field, number> = { head: 4, body: 1 };
const fields = Object.keys(fieldWeights) as Field[];
const exactWeight = 1;
const prefixWeight = 0.6;
const typoWeight = 0.4;
/** How many index words one typed word may stand for (prefixes of short words match many). */
const maxExpansions = 40;
const everyMatch = 1_000_000;

interface IndexedArticle {
  readonly key: string;
  readonly sourceKey: string;
  readonly sourceTitle: string;
  readonly languages: readonly string[];
  readonly date: number;
  readonly fingerprint: string;
}

function fingerprintOf(article: SearchableArticle): string {
  // The source's title too: a renamed source is found by `source:` under its new name.
  return [article.title, article.sourceTitle, article.date ?? '', article.summaryHtml?.length ?? 0, article.bodyHtml?.length ?? 0, article.languages.join(','), article.categories.join(',')].join('\u0000');
}

export class ArticleSearchIndex {
  private readonly _fields = new Map<Field, Index>(fields.map((field) => [field, new Index({ tokenize: 'strict', resolution: 1, fastupdate: true, encode: (s: string) => s.split(' ') })]));
  private readonly _articles = new Map<number, IndexedArticle>();
  private readonly _ids = new Map<string, number>();
  private readonly _bySource = new Map<string, Set<number>>();
  /**
   * Every word ever indexed, for prefix and typo expansion. Words of removed articles stay (an expansion to one
   * finds nothing): keeping each article's words to count them down cost more memory than the index itself.
   */
  private readonly _vocabulary = new Set<string>();
  private _sortedVocabulary: string[] | undefined;
  private _nextId = 1;

  get size(): number {
    return this._articles.size;
  }

  /** The sources that have articles in the index. */
  sourceKeys(): string[] {
    return [...this._bySource].filter(([, ids]) => ids.size > 0).map(([key]) => key);
  }

  /** Makes the index hold exactly `articles` for the source: new and changed ones (re)indexed, gone ones removed. */
  async updateSource(sourceKey: string, articles: readonly SearchableArticle[], options: { yieldEvery?: number } = {}): Promise<{ added: number; removed: number }> {
    const keep = new Set<number>();
    let added = 0;
    let removed = 0;
    let sinceYield = 0;
    for (const article of articles) {
      const fingerprint = fingerprintOf(article);
      const existing = this._ids.get(article.key);
      if (existing !== undefined && this._articles.get(existing)?.fingerprint === fingerprint) {
        keep.add(existing);
        continue;
      }
      if (existing !== undefined) this._remove(existing);
      keep.add(this._add(sourceKey, article, fingerprint));
      added++;
      if (options.yieldEvery && ++sinceYield >= options.yieldEvery) {
        sinceYield = 0;
        // Other work in the extension host (a preview opening) runs between chunks.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    for (const id of [...(this._bySource.get(sourceKey) ?? [])]) {
      if (!keep.has(id)) { this._remove(id); removed++; }
    }
    return { added, removed };
  }

  /** Forgets a removed source's articles. */
  removeSource(sourceKey: string): void {
    for (const id of [...(this._bySource.get(sourceKey) ?? [])]) this._remove(id);
  }

  /**
   * The articles matching every word of `query` (a word matches as typed, as the start of a longer word, or with
   * a typo for words of 4+ letters) and all its filters, best first; ties newest first.
   */
  search(query: SearchQuery, filters: SearchFilters = {}, limit = 200): SearchHit[] {
    const accepted = (article: IndexedArticle): boolean =>
      (!query.languages.length || query.languages.some((lang) => article.languages.some((l) => l.toLowerCase() === lang)))
      && (!query.sources.length || query.sources.some((source) => article.sourceTitle.includes(source)))
      && (query.unread === undefined || !filters.isUnread || filters.isUnread(article.key) === query.unread)
      && (query.saved === undefined || !filters.isSaved || filters.isSaved(article.key) === query.saved);

    let scores: Map<number, { score: number; matched: string[] }> | undefined;
    for (const term of query.terms) {
      const termScores = new Map<number, { score: number; matched: string[] }>();
      for (const [word, matchWeight] of this._expand(term)) {
        for (const field of fields) {
          const ids = this._fields.get(field)!.search(word, { limit: everyMatch }) as number[];
          const weight = fieldWeights[field] * matchWeight;
          for (const id of ids) {
            if (scores && !scores.has(id)) continue;
            const entry = termScores.get(id);
            if (!entry) termScores.set(id, { score: weight, matched: [word] });
            else {
              if (weight > entry.score) entry.score = weight;
              if (!entry.matched.includes(word)) entry.matched.push(word);
            }
          }
        }
      }
      if (scores) for (const [id, entry] of termScores) {
        const before = scores.get(id)!;
        entry.score += before.score;
        entry.matched.unshift(...before.matched.filter((w) => !entry.matched.includes(w)));
      }
      scores = termScores;
      if (!scores.size) return [];
    }
    const candidates = scores ? [...scores.keys()] : [...this._articles.keys()];
    const hits: (SearchHit & { date: number })[] = [];
    for (const id of candidates) {
      const article = this._articles.get(id)!;
      if (!accepted(article)) continue;
      const entry = scores?.get(id);
      hits.push({ key: article.key, score: entry?.score ?? 0, matched: entry?.matched ?? [], date: article.date });
    }
    hits.sort((a, b) => b.score - a.score || b.date - a.date);
    return hits.slice(0, limit).map(({ key, score, matched }) => ({ key, score, matched }));
  }

  /** The index's words a typed word stands for, with how well each matches. */
  private _expand(term: string): Map<string, number> {
    const words = new Map<string, number>();
    if (this._vocabulary.has(term)) words.set(term, exactWeight);
    const sorted = this._sorted();
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] < term) low = mid + 1; else high = mid;
    }
    for (let i = low; i < sorted.length && words.size < maxExpansions && sorted[i].startsWith(term); i++) {
      if (!words.has(sorted[i])) words.set(sorted[i], prefixWeight);
    }
    if (term.length >= 4) {
      const maxEdits = term.length >= 8 ? 2 : 1;
      for (const word of sorted) {
        if (words.size >= maxExpansions * 2) break;
        if (Math.abs(word.length - term.length) > maxEdits || words.has(word)) continue;
        if (boundedEditDistance(term, word, maxEdits) <= maxEdits) words.set(word, typoWeight);
      }
    }
    return words;
  }

  private _sorted(): string[] {
    this._sortedVocabulary ??= [...this._vocabulary].sort();
    return this._sortedVocabulary;
  }

  private _add(sourceKey: string, article: SearchableArticle, fingerprint: string): number {
    const id = this._nextId++;
    const byField: Record<Field, string[]> = {
      head: searchTokens([article.title, article.author ?? '', ...article.categories, article.sourceTitle, ...article.languages].join(' ')),
      // Text and code alike: htmlToText keeps the text of <pre> and <code>, and identifiers are split into words.
      body: searchTokens(`${htmlToText(article.summaryHtml ?? '')} ${htmlToText(article.bodyHtml ?? '')}`),
    };
    const tokens = new Set<string>();
    for (const field of fields) {
      if (byField[field].length) this._fields.get(field)!.add(id, byField[field].join(' '));
      for (const token of byField[field]) tokens.add(token);
    }
    for (const token of tokens) {
      if (this._vocabulary.has(token)) continue;
      this._vocabulary.add(token);
      this._sortedVocabulary = undefined;
    }
    this._articles.set(id, {
      key: article.key, sourceKey, sourceTitle: article.sourceTitle.toLowerCase(),
      languages: article.languages, date: article.date ?? -Infinity, fingerprint,
    });
    this._ids.set(article.key, id);
    let ofSource = this._bySource.get(sourceKey);
    if (!ofSource) this._bySource.set(sourceKey, ofSource = new Set());
    ofSource.add(id);
    return id;
  }

  private _remove(id: number): void {
    const article = this._articles.get(id);
    if (!article) return;
    for (const index of this._fields.values()) index.remove(id);
    this._articles.delete(id);
    this._ids.delete(article.key);
    this._bySource.get(article.sourceKey)?.delete(id);
  }
}
