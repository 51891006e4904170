import * as vscode from 'vscode';
import { Views } from '../ids';
import { Disposable } from '../util/dispose';
import type { Article } from '../articles/article';
import { ArticleNode } from './nodes/articleNode';
import { SavedGroupNode } from './nodes/savedGroupNode';
import { SourceNode } from './nodes/sourceNode';
import type { TreeContext, TreeNode } from './nodes/treeNode';

/** The Tutorials view: saved articles first, then sources → articles → snippets. */
/** Changes within this window are drawn together; short enough to read as immediate. */
const refreshBatchMs = 50;

export class TutorialTreeProvider extends Disposable implements vscode.TreeDataProvider<TreeNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<TreeNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  readonly view: vscode.TreeView<TreeNode>;

  constructor(private readonly _ctx: TreeContext) {
    super();
    this.view = this._register(vscode.window.createTreeView(Views.sources, { treeDataProvider: this, showCollapseAll: true }));
    // Node objects are rebuilt from the store on every change; stable TreeItem ids keep expansion and selection.
    this._register(_ctx.store.onDidChange(() => this.refresh()));
    this._register(_ctx.state.onDidChange(() => this.refresh()));
    // A full article that arrives brings its code blocks into the tree.
    this._register(_ctx.fullArticles.onDidChange(() => this.refresh()));
  }

  private _refreshTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Redraws the tree, at most once per `refreshBatchMs`: a refresh of 200 sources changes each one twice (loading,
   * done), and each redraw reads every row again.
   */
  refresh(): void {
    if (this._refreshTimer || this.isDisposed) return;
    this._refreshTimer = setTimeout(() => this._flushRefresh(), refreshBatchMs);
  }

  /** Sends a pending redraw now. */
  private _flushRefresh(): void {
    if (!this._refreshTimer) return;
    clearTimeout(this._refreshTimer);
    this._refreshTimer = undefined;
    if (!this.isDisposed) this._onDidChangeTreeData.fire(undefined);
  }

  override dispose(): void {
    clearTimeout(this._refreshTimer);
    super.dispose();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem | Promise<vscode.TreeItem> {
    return node.getTreeItem();
  }

  getChildren(node?: TreeNode): TreeNode[] | Promise<TreeNode[]> {
    if (node) return node.getChildren();
    const roots: TreeNode[] = this._ctx.store.sources().map((source) => new SourceNode(this._ctx, source));
    if (this._ctx.state.saved().length) roots.unshift(new SavedGroupNode(this._ctx));
    return roots;
  }

  /** Selects an article's row under its source (when the view is shown), e.g. as Next Article moves on. */
  async revealArticle(article: Article, { focus }: { focus: boolean }): Promise<void> {
    const source = this._ctx.store.get(article.sourceKey);
    if (!source || !this.view.visible) return;
    // A redraw sent after the reveal would drop its selection; sent first, VS Code reveals once it is done.
    this._flushRefresh();
    // Rows are matched by their TreeItem id, so fresh nodes stand for the ones on screen.
    await this.view.reveal(new ArticleNode(this._ctx, article, new SourceNode(this._ctx, source)), { select: true, focus, expand: false });
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }
}
