import * as vscode from 'vscode';
import type { Article } from '../articles/article';
import type { ArticleContentCache } from '../articles/articleContent';
import type { ArticleKey } from '../storage/articleStateStore';
import type { SnippetAction } from '../../types/previewMessaging';
import type { Command } from '../util/commandManager';
import { SnippetCommands } from '../ids';
import type { SnippetActions } from './snippetActions';

/** Names a code block: `{ articleKey: { sourceKey, itemId }, index }`. */
export interface SnippetCommandArg {
  readonly articleKey: ArticleKey;
  readonly index: number;
}

const commandIds: Record<SnippetAction, string> = {
  openInEditor: SnippetCommands.openInEditor,
  copy: SnippetCommands.copy,
  insertAtCursor: SnippetCommands.insertAtCursor,
  saveToFile: SnippetCommands.saveToFile,
  sendToTerminal: SnippetCommands.sendToTerminal,
};

/** One snippet action as a command, for tests, keybindings and the tree's snippet nodes; the preview's toolbar does the same. */
export class SnippetActionCommand implements Command {
  readonly id: string;

  constructor(
    private readonly _action: SnippetAction,
    private readonly _actions: SnippetActions,
    private readonly _content: ArticleContentCache,
    private readonly _findArticle: (key: ArticleKey) => Article | undefined,
  ) {
    this.id = commandIds[_action];
  }

  async execute(arg?: unknown): Promise<unknown> {
    const ref = snippetRefFromArg(arg);
    const article = ref && this._findArticle(ref.articleKey);
    const content = article && this._content.get(article);
    const snippet = content?.snippets[ref?.index ?? -1];
    if (!article || !content || !snippet) {
      void vscode.window.showWarningMessage(ref
        ? 'That code block is no longer available: its article left the feed. Refresh the Tutorials view.'
        : 'Use the buttons above a code block in the article preview, or a code snippet in the Tutorials view.');
      return undefined;
    }
    return this._actions.run(this._action, { article, markdown: content.markdown, snippet });
  }
}

export function snippetActionCommands(actions: SnippetActions, content: ArticleContentCache, findArticle: (key: ArticleKey) => Article | undefined): Command[] {
  return (Object.keys(commandIds) as SnippetAction[]).map((action) => new SnippetActionCommand(action, actions, content, findArticle));
}

/** Accepts `{ articleKey, index }`, the tree's `{ sourceKey, itemId, index }`, or a snippet tree node (its `ref`). */
export function snippetRefFromArg(arg: unknown): SnippetCommandArg | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const a = arg as { articleKey?: Partial<ArticleKey>; sourceKey?: unknown; itemId?: unknown; index?: unknown; ref?: unknown };
  if (a.ref) return snippetRefFromArg(a.ref);
  const key = a.articleKey ?? { sourceKey: a.sourceKey, itemId: a.itemId };
  if (typeof key.sourceKey !== 'string' || typeof key.itemId !== 'string') return undefined;
  if (typeof a.index !== 'number' || !Number.isInteger(a.index) || a.index < 0) return undefined;
  return { articleKey: { sourceKey: key.sourceKey, itemId: key.itemId }, index: a.index };
}
