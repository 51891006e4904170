import * as vscode from 'vscode';
import type { ArticleContentCache } from '../articles/articleContent';
import { Commands } from '../ids';
import type { FeedStore } from '../sources/feedStore';
import type { Command } from '../util/commandManager';
import { openSnippetInEditor } from './openSnippet';
import { snippetRefFromArg } from './snippetCommands';
import { describeSnippets } from './snippetLanguages';

/** Opens one snippet of a cached article in a new untitled editor. */
export class OpenSnippetCommand implements Command {
  readonly id = Commands.openSnippet;
  constructor(private readonly _store: FeedStore, private readonly _content: ArticleContentCache) {}

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
    const described = await describeSnippets(content.markdown, content.snippets);
    return openSnippetInEditor(snippet, vscode.ViewColumn.Active, described[snippet.index]?.languageId);
  }
}
