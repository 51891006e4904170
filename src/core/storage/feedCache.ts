import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Feed } from '../model';
import { isAtomicTempFile, writeFileAtomic } from './atomicFile';

/** What is kept on disk per source: its last good feed, the validators to refresh it cheaply, its last error. */
export interface CachedFeed {
  schemaVersion: 1;
  url: string;
  fetchedAt: string;
  etag?: string;
  lastModified?: string;
  feed: Feed;
  lastError?: { message: string; at: string };
  /** Length of the feed text `feed` was parsed from: a much shorter text later is suspect (see FeedStore). */
  textLength?: number;
  /**
   * Which parser read `feed` (`feedParserGeneration`). An older one means the text is fetched in full once
   * more, without validators, so a better parser re-reads what a 304 would otherwise keep as it was.
   */
  parserGeneration?: number;
}

export interface FeedCacheOptions {
  /** Told about cache files that were unreadable and so ignored. Default: console.warn. */
  onProblem?: (message: string) => void;
  /** For lastError timestamps. */
  now?: () => Date;
}

/**
 * One JSON file per source under `dir`, written atomically. A corrupt or outdated file reads as
 * missing (and is reported), so a bad cache never stops the feed from loading fresh.
 * Operations on the same key run one after another, so a write and a recordError never interleave.
 */
export class FeedCache {
  private readonly _queues = new Map<string, Promise<unknown>>();
  private readonly _onProblem: (message: string) => void;
  private readonly _now: () => Date;
  private _sweptTempFiles = false;

  constructor(readonly dir: string, options: FeedCacheOptions = {}) {
    this._onProblem = options.onProblem ?? ((message) => console.warn(message));
    this._now = options.now ?? (() => new Date());
  }

  read(sourceKey: string): Promise<CachedFeed | undefined> {
    return this._serial(sourceKey, () => this._read(sourceKey));
  }

  write(sourceKey: string, entry: CachedFeed): Promise<void> {
    return this._serial(sourceKey, () => this._write(sourceKey, entry));
  }

  /** Notes a failed refresh, keeping the last good feed. Does nothing when nothing is cached for the source. */
  recordError(sourceKey: string, message: string): Promise<void> {
    return this._serial(sourceKey, async () => {
      const cached = await this._read(sourceKey);
      if (cached) await this._write(sourceKey, { ...cached, lastError: { message, at: this._now().toISOString() } });
    });
  }

  remove(sourceKey: string): Promise<void> {
    return this._serial(sourceKey, () => rm(this._file(sourceKey), { force: true }));
  }

  private async _read(sourceKey: string): Promise<CachedFeed | undefined> {
    const file = this._file(sourceKey);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this._onProblem(`Could not read the cached feed ${file}: ${(error as Error).message}`);
      return undefined;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this._onProblem(`Ignored the corrupt cached feed ${file}: ${(error as Error).message}`);
      return undefined;
    }
    if (!isCachedFeed(value)) {
      this._onProblem(`Ignored the cached feed ${file}: it is not in the expected format (schema version 1)`);
      return undefined;
    }
    return value;
  }

  private async _write(sourceKey: string, entry: CachedFeed): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await this._sweepTempFiles();
    await writeFileAtomic(this._file(sourceKey), JSON.stringify(entry));
  }

  /** Once per session: temp files left by a crash mid-write. Only old ones, in case another window is writing. */
  private async _sweepTempFiles(): Promise<void> {
    if (this._sweptTempFiles) return;
    this._sweptTempFiles = true;
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const hourAgo = Date.now() - 60 * 60 * 1000;
    await Promise.all(names.filter(isAtomicTempFile).map(async (name) => {
      const file = path.join(this.dir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && info.mtimeMs < hourAgo) await rm(file, { force: true }).catch(() => undefined);
    }));
  }

  private _file(sourceKey: string): string {
    // Keys become file names: refuse anything that could climb out of the folder.
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(sourceKey)) throw new Error(`Invalid cache key "${sourceKey}"`);
    return path.join(this.dir, `${sourceKey}.json`);
  }

  private _serial<T>(sourceKey: string, operation: () => Promise<T>): Promise<T> {
    const previous = this._queues.get(sourceKey) ?? Promise.resolve();
    const result = previous.then(operation, operation);
    const settled = result.catch(() => undefined);
    this._queues.set(sourceKey, settled);
    // Forget finished queues so the map does not grow with every key ever used.
    void settled.then(() => {
      if (this._queues.get(sourceKey) === settled) this._queues.delete(sourceKey);
    });
    return result;
  }
}

function isCachedFeed(value: unknown): value is CachedFeed {
  const entry = value as Partial<CachedFeed> | null;
  return !!entry && typeof entry === 'object'
    && entry.schemaVersion === 1
    && typeof entry.url === 'string'
    && typeof entry.fetchedAt === 'string'
    && !!entry.feed && typeof entry.feed === 'object'
    && typeof entry.feed.title === 'string'
    && Array.isArray(entry.feed.items);
}
