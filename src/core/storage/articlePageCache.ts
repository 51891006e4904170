// Full articles fetched from their pages, kept beside the feed cache: one file per article, and per source a
// small index of what is cached (code languages and block count), so the tree and search know an article's code
// without reading its body. Every file is written atomically; a damaged one reads as missing.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { ExtractedArticle } from '../article/extractArticle';
import { writeFileAtomic } from './atomicFile';

export interface CachedArticlePage {
  schemaVersion: 1;
  itemId: string;
  /** The page that was fetched (the item's link) and where it ended up. */
  url: string;
  finalUrl: string;
  fetchedAt: string;
  etag?: string;
  lastModified?: string;
  /** Undefined when the page had no readable article: remembered, so it is not fetched again and again. */
  article?: ExtractedArticle;
}

/** What the index keeps of one cached page. */
export interface ArticlePageSummary {
  fetchedAt: string;
  hasArticle: boolean;
  /** Code blocks and their language tokens in the extracted body. */
  codeBlocks: number;
  languages: string[];
}

interface SourceIndex {
  schemaVersion: 1;
  pages: Record<string, ArticlePageSummary>;
}

export class ArticlePageCache {
  private readonly _indexes = new Map<string, Promise<SourceIndex>>();
  private readonly _queues = new Map<string, Promise<unknown>>();

  constructor(readonly dir: string, private readonly _onProblem: (message: string) => void = (m) => console.warn(m)) {}

  /** The index of a source's cached pages, by item id (read from disk once). */
  async summaries(sourceKey: string): Promise<ReadonlyMap<string, ArticlePageSummary>> {
    return new Map(Object.entries((await this._index(sourceKey)).pages));
  }

  async read(sourceKey: string, itemId: string): Promise<CachedArticlePage | undefined> {
    const value = await this._readJson(this._pageFile(sourceKey, itemId));
    return isCachedPage(value) && value.itemId === itemId ? value : undefined;
  }

  /** Writes the page, then its index entry; calls for one source run one after another. */
  write(sourceKey: string, page: CachedArticlePage, summary: ArticlePageSummary): Promise<void> {
    return this._serial(sourceKey, async () => {
      await mkdir(this._sourceDir(sourceKey), { recursive: true });
      await writeFileAtomic(this._pageFile(sourceKey, page.itemId), JSON.stringify(page));
      const index = await this._index(sourceKey);
      index.pages[page.itemId] = summary;
      await writeFileAtomic(this._indexFile(sourceKey), JSON.stringify(index));
    });
  }

  /** Forgets a removed source's pages. */
  removeSource(sourceKey: string): Promise<void> {
    return this._serial(sourceKey, async () => {
      this._indexes.delete(sourceKey);
      await rm(this._sourceDir(sourceKey), { recursive: true, force: true });
    });
  }

  private _index(sourceKey: string): Promise<SourceIndex> {
    let index = this._indexes.get(sourceKey);
    if (!index) {
      index = this._readJson(this._indexFile(sourceKey)).then((value) => (isIndex(value) ? value : { schemaVersion: 1, pages: {} }));
      this._indexes.set(sourceKey, index);
    }
    return index;
  }

  private async _readJson(file: string): Promise<unknown> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this._onProblem(`Could not read ${file}: ${(error as Error).message}`);
      return undefined;
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      this._onProblem(`Ignored the damaged cache file ${file}: ${(error as Error).message}`);
      return undefined;
    }
  }

  private _sourceDir(sourceKey: string): string {
    // Keys become folder names: refuse anything that could climb out of the cache folder.
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(sourceKey)) throw new Error(`Invalid cache key "${sourceKey}"`);
    return path.join(this.dir, sourceKey);
  }

  private _pageFile(sourceKey: string, itemId: string): string {
    // Item ids are any text (URLs, tag: URIs): a hash names the file.
    return path.join(this._sourceDir(sourceKey), `${createHash('sha1').update(itemId).digest('hex').slice(0, 24)}.json`);
  }

  private _indexFile(sourceKey: string): string {
    return path.join(this._sourceDir(sourceKey), 'index.json');
  }

  private _serial<T>(sourceKey: string, operation: () => Promise<T>): Promise<T> {
    const previous = this._queues.get(sourceKey) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const settled = result.catch(() => undefined);
    this._queues.set(sourceKey, settled);
    void settled.then(() => {
      if (this._queues.get(sourceKey) === settled) this._queues.delete(sourceKey);
    });
    return result;
  }
}

function isCachedPage(value: unknown): value is CachedArticlePage {
  const page = value as Partial<CachedArticlePage> | null;
  return !!page && typeof page === 'object' && page.schemaVersion === 1 && typeof page.itemId === 'string'
    && typeof page.url === 'string' && typeof page.fetchedAt === 'string'
    && (page.article === undefined || (typeof page.article === 'object' && typeof page.article.contentHtml === 'string'));
}

function isIndex(value: unknown): value is SourceIndex {
  const index = value as Partial<SourceIndex> | null;
  return !!index && typeof index === 'object' && index.schemaVersion === 1 && !!index.pages && typeof index.pages === 'object';
}
