import * as vscode from 'vscode';
import type { ArticleContentCache } from '../articles/articleContent';
import { Commands } from '../ids';
import type { FeedStore } from '../sources/feedStore';
import type { ArticleKey } from '../storage/articleStateStore';
import type { Command } from '../util/commandManager';
import { openSnippetInEditor } from './openSnippet';
import { snippetRefFromArg } from './snippetCommands';

/** Opens one snippet of a cached article in a new untitled editor. */
export class OpenSnippetCommand implements Command {
  readonly id = Commands.openSnippet;
  constructor(private readonly _store: FeedStore, private readonly _content: ArticleContentCache, private readonly _onDidOpen?: (key: ArticleKey, index: number) => void) {}

  /** Takes a snippet row's `ref` (row click) or the snippet row itself (its inline button). */
  async execute(arg?: unknown): Promise<vscode.TextEditor | undefined> {
    const ref = snippetRefFromArg(arg);
    const article = ref && this._store.findArticle(ref.articleKey);
    const content = article && this._content.get(article);
    const snippet = ref && content?.snippets[ref.index];
    if (!content || !snippet) {
      void vscode.window.showWarningMessage('That snippet is no longer available: its article left the feed. Refresh the Tutorials view.');
      return undefined;
    }
    const editor = await openSnippetInEditor(content.markdown, snippet, vscode.ViewColumn.Active);
    this._onDidOpen?.(ref.articleKey, snippet.index);
    return editor;
  }
}
