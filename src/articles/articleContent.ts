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
export class ArticleContentCache {
  private readonly _entries = new Map<string, { html: string; content: ArticleContent }>();

  constructor(private readonly _capacity = 100) {}

  get(article: Article): ArticleContent {
    const key = `${article.sourceKey}\u0000${article.item.id}`;
    const html = article.item.contentHtml ?? article.item.summary ?? '';
    const hit = this._entries.get(key);
    if (hit && hit.html === html) {
      // Re-insert to mark it most recently used (Map keeps insertion order).
      this._entries.delete(key);
      this._entries.set(key, hit);
      return hit.content;
    }
    const { htmlToMarkdown, extractSnippets } = contentEngine();
    const markdown = htmlToMarkdown(html, { baseUrl: article.item.link });
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
