import type * as vscode from 'vscode';
import type { ArticleContentCache } from '../../articles/articleContent';
import type { FullArticles } from '../../articles/fullArticles';
import type { FeedStore } from '../../sources/feedStore';
import type { ArticleStateStore } from '../../storage/articleStateStore';

/** What every node needs to describe itself. */
export interface TreeContext {
  readonly store: FeedStore;
  readonly state: ArticleStateStore;
  readonly content: ArticleContentCache;
  readonly fullArticles: FullArticles;
}

/** A row of the Tutorials tree. Each kind lives in its own file. */
export abstract class TreeNode {
  constructor(readonly parent: TreeNode | undefined) {}
  abstract getTreeItem(): vscode.TreeItem | Promise<vscode.TreeItem>;
  getChildren(): TreeNode[] | Promise<TreeNode[]> {
    return [];
  }
}
