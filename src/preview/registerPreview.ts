import * as vscode from 'vscode';
import type { ArticleContentCache } from '../articles/articleContent';
import type { Article } from '../articles/article';
import type { ArticleKey, ArticleStateStore } from '../storage/articleStateStore';

/** What the preview feature needs from the rest of the extension. */
export interface PreviewDeps {
  readonly context: vscode.ExtensionContext;
  readonly contentCache: ArticleContentCache;
  readonly state: ArticleStateStore;
  /** Finds a cached article again, e.g. when a preview is restored after a window reload. */
  findArticle(key: ArticleKey): Article | undefined;
}

/** Registers the article preview (panel manager, serializer, commands). Placeholder until the preview lands. */
export function registerPreview(_deps: PreviewDeps): vscode.Disposable {
  return new vscode.Disposable(() => undefined);
}
