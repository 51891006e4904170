import * as vscode from 'vscode';
import { NodeKinds } from '../../ids';
import { ArticleNode } from './articleNode';
import { TreeNode, type TreeContext } from './treeNode';

/** "Saved": articles the user kept for later, found in whichever source still has them. */
export class SavedGroupNode extends TreeNode {
  constructor(private readonly _ctx: TreeContext) {
    super(undefined);
  }

  getTreeItem(): vscode.TreeItem {
    const count = this._ctx.state.saved().length;
    const item = new vscode.TreeItem('Saved for Later', vscode.TreeItemCollapsibleState.Collapsed);
    item.id = 'saved-group';
    item.description = `${count}`;
    item.iconPath = new vscode.ThemeIcon('bookmark');
    item.contextValue = NodeKinds.savedGroup;
    item.tooltip = 'Articles you saved for later';
    return item;
  }

  override getChildren(): TreeNode[] {
    return this._ctx.state.saved().flatMap((saved) => {
      const article = this._ctx.store.findArticle(saved)
        // The feed moved on: keep the article listed with what was saved of it.
        ?? { sourceKey: saved.sourceKey, sourceTitle: '', item: { id: saved.itemId, title: saved.title, link: saved.link, categories: [] } };
      return [new ArticleNode(this._ctx, article, this, 'saved')];
    });
  }
}
