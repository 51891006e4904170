import * as vscode from 'vscode';
import { parseSnippetUses, withSnippetUse, type SnippetUse, type SnippetUses } from '../core/storage/snippetUses';
import { Disposable } from '../util/dispose';

/** Identifies one article across restarts: the source's key plus the feed item's id. */
export interface ArticleKey {
  sourceKey: string;
  itemId: string;
}

/** What we keep of a saved article so the Saved group can still show it after its feed has moved on. */
export interface SavedArticle extends ArticleKey {
  title: string;
  link?: string;
  savedAt: string;
}

const SCHEMA_VERSION = 1;
const Keys = {
  read: 'tutorialReader.state.v1.read',
  saved: 'tutorialReader.state.v1.saved',
  snippetUses: 'tutorialReader.state.v1.snippetUses',
  schema: 'tutorialReader.state.schemaVersion',
} as const;

/** Read ids are kept for the newest N marks only, so the synced state stays small. */
const MAX_READ = 10_000;

export function articleKeyString(key: ArticleKey): string {
  return `${key.sourceKey}\u0000${key.itemId}`;
}

/** The key articleKeyString wrote (source keys never hold U+0000). */
export function parseArticleKeyString(text: string): ArticleKey {
  const at = text.indexOf('\u0000');
  return { sourceKey: text.slice(0, at), itemId: text.slice(at + 1) };
}

/**
 * Read and saved state and what was done with each code block, in globalState and synced through Settings Sync.
 * Only this module touches the Memento; everyone else goes through typed methods.
 */
export class ArticleStateStore extends Disposable {
  private readonly _onDidChange = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this._onDidChange.event;
  private _read: Set<string>;
  /** The saved list and snippet uses as last seen, to tell whether a reload brought anything new. */
  private _savedSeen = '';

  constructor(private readonly _memento: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    super();
    _memento.setKeysForSync([Keys.read, Keys.saved, Keys.snippetUses]);
    if (_memento.get<number>(Keys.schema) !== SCHEMA_VERSION) void _memento.update(Keys.schema, SCHEMA_VERSION);
    this._read = new Set(this._readList());
    this._savedSeen = this._savedAndUsesNow();
    // Other windows and Settings Sync write the same globalState; coming back to this window shows their marks.
    this._register(vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) this.reloadFromMemento();
    }));
  }

  isRead(key: ArticleKey): boolean {
    return this._read.has(articleKeyString(key));
  }

  async setRead(keys: readonly ArticleKey[], read: boolean): Promise<void> {
    // Start from what globalState holds now: other windows and Settings Sync may have marked articles since.
    this._read = new Set(this._readList());
    let changed = false;
    for (const key of keys) {
      const s = articleKeyString(key);
      if (read && !this._read.has(s)) { this._read.add(s); changed = true; }
      if (!read && this._read.delete(s)) changed = true;
    }
    if (!changed) return;
    // A Set keeps insertion order, so trimming from the front drops the oldest marks.
    let list = [...this._read];
    if (list.length > MAX_READ) {
      list = list.slice(list.length - MAX_READ);
      this._read = new Set(list);
    }
    await this._memento.update(Keys.read, list);
    this._onDidChange.fire();
  }

  /** Picks up marks that other windows or Settings Sync wrote; tells listeners only when something changed. */
  reloadFromMemento(): void {
    const read = this._readList();
    const savedNow = this._savedAndUsesNow();
    const same = read.length === this._read.size && read.every((key) => this._read.has(key)) && savedNow === this._savedSeen;
    this._savedSeen = savedNow;
    if (same) return;
    this._read = new Set(read);
    this._onDidChange.fire();
  }

  saved(): SavedArticle[] {
    const raw = this._memento.get<unknown>(Keys.saved);
    return Array.isArray(raw) ? raw.filter(isSavedArticle) : [];
  }

  isSaved(key: ArticleKey): boolean {
    const s = articleKeyString(key);
    return this.saved().some((a) => articleKeyString(a) === s);
  }

  async setSaved(article: Omit<SavedArticle, 'savedAt'>, saved: boolean): Promise<void> {
    const s = articleKeyString(article);
    const others = this.saved().filter((a) => articleKeyString(a) !== s);
    const next = saved ? [{ ...article, savedAt: new Date().toISOString() }, ...others] : others;
    await this._memento.update(Keys.saved, next);
    this._savedSeen = this._savedAndUsesNow();
    this._onDidChange.fire();
  }

  /** What was done with each code block of an article, by block index. */
  snippetUses(key: ArticleKey): ReadonlyMap<number, SnippetUse> {
    const s = articleKeyString(key);
    const uses = this._uses().find(([article]) => article === s)?.[1] ?? {};
    return new Map(Object.entries(uses).map(([index, use]) => [Number(index), use]));
  }

  /** Notes that a block was opened, copied, inserted, saved or sent (the tree shows it with a check). */
  async recordSnippetUse(key: ArticleKey, index: number, use: SnippetUse): Promise<void> {
    // Start from what globalState holds now, as setRead does.
    await this._memento.update(Keys.snippetUses, withSnippetUse(this._uses(), articleKeyString(key), index, use));
    this._savedSeen = this._savedAndUsesNow();
    this._onDidChange.fire();
  }

  private _uses(): SnippetUses {
    return parseSnippetUses(this._memento.get<unknown>(Keys.snippetUses));
  }

  /** The saved list and the snippet uses as last seen, to tell whether a reload brought anything new. */
  private _savedAndUsesNow(): string {
    return JSON.stringify([this._memento.get<unknown>(Keys.saved) ?? [], this._memento.get<unknown>(Keys.snippetUses) ?? []]);
  }

  private _readList(): string[] {
    const raw = this._memento.get<unknown>(Keys.read);
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  }
}

function isSavedArticle(x: unknown): x is SavedArticle {
  const a = x as SavedArticle;
  return !!a && typeof a === 'object' && typeof a.sourceKey === 'string' && typeof a.itemId === 'string' && typeof a.title === 'string';
}
