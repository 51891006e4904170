import { contentEngine } from './contentEngine';
import type { Snippet } from '../core/model';
import type { Article } from './article';

export interface ArticleContent {
  /** The article as Markdown: what the preview renders and "Open as Markdown" shows. */
  readonly markdown: string;
  /** Its fenced code blocks, indexed as the preview's `data-snippet` attributes. */
  readonly snippets: readonly Snippet[];
}

/**
 * Converts articles on demand and remembers the most recent ones, so expanding a tree node,
 * opening the preview and running a snippet action convert an article once, not three times.
 */
/** The HTML an article is read from, and the address its relative links resolve against. */
export type ArticleBody = (article: Article) => { html: string; baseUrl?: string };

/** The feed's own text. */
export const feedBody: ArticleBody = (article) => ({ html: article.item.contentHtml ?? article.item.summary ?? '', baseUrl: article.item.link });

export class ArticleContentCache {
  private readonly _entries = new Map<string, { html: string; content: ArticleContent }>();

  /** `bodyOf` picks the text: the full article when one was fetched (see FullArticles), else the feed's. */
  constructor(private readonly _bodyOf: ArticleBody = feedBody, private readonly _capacity = 100) {}

  /** The HTML `get` converts for this article now. */
  htmlOf(article: Article): string {
    return this._bodyOf(article).html;
  }

  get(article: Article): ArticleContent {
    const key = `${article.sourceKey}\u0000${article.item.id}`;
    const { html, baseUrl } = this._bodyOf(article);
    const hit = this._entries.get(key);
    if (hit && hit.html === html) {
      // Re-insert to mark it most recently used (Map keeps insertion order).
      this._entries.delete(key);
      this._entries.set(key, hit);
      return hit.content;
    }
    const { htmlToMarkdown, extractSnippets } = contentEngine();
    const markdown = htmlToMarkdown(html, { baseUrl });
    const content: ArticleContent = { markdown, snippets: extractSnippets(markdown) };
    this._entries.delete(key);
    this._entries.set(key, { html, content });
    if (this._entries.size > this._capacity) {
      const oldest = this._entries.keys().next().value;
      if (oldest !== undefined) this._entries.delete(oldest);
    }
    return content;
  }

  clear(): void {
    this._entries.clear();
  }
}
