import type * as vscode from 'vscode';
import { articleKey } from '../../articles/article';
import { Commands } from '../../ids';
import type { FeedStore } from '../../sources/feedStore';
import type { ArticleStateStore } from '../../storage/articleStateStore';
import type { Command } from '../../util/commandManager';
import type { TreeNode } from '../nodes/treeNode';
import { articlesFromArg, sourceFromArg } from './commandArgs';

export class MarkReadCommand implements Command {
  readonly id: string = Commands.markRead;
  protected readonly read: boolean = true;
  constructor(private readonly _state: ArticleStateStore, private readonly _view: vscode.TreeView<TreeNode>) {}

  execute(arg?: unknown): Promise<void> {
    return this._state.setRead(articlesFromArg(arg, this._view).map(articleKey), this.read);
  }
}

export class MarkUnreadCommand extends MarkReadCommand {
  override readonly id: string = Commands.markUnread;
  protected override readonly read: boolean = false;
}

/** Marks every article of one source read, or of all sources when run from the view title. */
export class MarkAllReadCommand implements Command {
  readonly id = Commands.markAllRead;
  constructor(private readonly _store: FeedStore, private readonly _state: ArticleStateStore, private readonly _view: vscode.TreeView<TreeNode>) {}

  execute(arg?: unknown): Promise<void> {
    const source = arg === undefined ? undefined : sourceFromArg(arg, this._view, (k) => this._store.get(k));
    const articles = source ? this._store.articlesOf(source) : this._store.articles();
    return this._state.setRead(articles.map(articleKey), true);
  }
}
