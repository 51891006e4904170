import type * as vscode from 'vscode';
import { articleKey } from '../../articles/article';
import { Commands } from '../../ids';
import type { ArticleStateStore } from '../../storage/articleStateStore';
import type { Command } from '../../util/commandManager';
import type { TreeNode } from '../nodes/treeNode';
import { articlesFromArg } from './commandArgs';

export class SaveArticleCommand implements Command {
  readonly id: string = Commands.saveArticle;
  protected readonly save: boolean = true;
  constructor(private readonly _state: ArticleStateStore, private readonly _view: vscode.TreeView<TreeNode>) {}

  async execute(arg?: unknown): Promise<void> {
    for (const article of articlesFromArg(arg, this._view)) {
      await this._state.setSaved({ ...articleKey(article), title: article.item.title, link: article.item.link }, this.save);
    }
  }
}

export class UnsaveArticleCommand extends SaveArticleCommand {
  override readonly id: string = Commands.unsaveArticle;
  protected override readonly save: boolean = false;
}
