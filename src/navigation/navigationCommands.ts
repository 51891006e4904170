import * as vscode from 'vscode';
import { articleKey, type Article } from '../articles/article';
import { Commands } from '../ids';
import { articleFromArg } from '../preview/commands/articleFromArg';
import type { PreviewManager } from '../preview/previewManager';
import type { FeedStore } from '../sources/feedStore';
import type { ArticleStateStore } from '../storage/articleStateStore';
import type { TutorialTreeProvider } from '../tree/tutorialTreeProvider';
import type { Command } from '../util/commandManager';
import { adjacentArticle, nextUnreadArticle } from './articleOrder';

export interface NavigationDeps {
  readonly store: FeedStore;
  readonly state: ArticleStateStore;
  readonly previews: PreviewManager;
  readonly tree: TutorialTreeProvider;
}

type Direction = 'next' | 'previous' | 'nextUnread';

const ids: Record<Direction, string> = {
  next: Commands.nextArticle,
  previous: Commands.previousArticle,
  nextUnread: Commands.nextUnreadArticle,
};

/** Keybindings from the tree pass `{ from: 'tree' }`: start from its selected row and keep the focus there. */
function fromTree(arg: unknown): boolean {
  return (arg as { from?: unknown } | undefined)?.from === 'tree';
}

/**
 * Next Article / Previous Article / Next Unread: the preview shows the article (in the same panel), the tree
 * selects its row. From the preview the focus stays in the preview; from the tree, in the tree.
 */
export class NavigateArticlesCommand implements Command {
  readonly id: string;

  constructor(private readonly _direction: Direction, private readonly _deps: NavigationDeps) {
    this.id = ids[_direction];
  }

  async execute(arg?: unknown): Promise<Article | undefined> {
    const { store, state, previews, tree } = this._deps;
    const treeFirst = fromTree(arg);
    const current = articleFromArg(arg) ?? (treeFirst ? this._treeArticle() ?? previews.activePreview?.article : previews.activePreview?.article ?? this._treeArticle());
    const sources = store.sources();
    const listOf = (sourceKey: string | undefined) => {
      const source = sources.find((s) => s.key === sourceKey) ?? sources.find((s) => store.articlesOf(s).length > 0);
      return source ? store.articlesOf(source) : [];
    };
    const target = this._direction === 'nextUnread'
      ? nextUnreadArticle(sources.map((s) => store.articlesOf(s)), current && articleKey(current), (key) => state.isRead(key))
      : adjacentArticle(listOf(current?.sourceKey), current && articleKey(current), this._direction === 'next' ? 1 : -1);
    if (!target) {
      vscode.window.setStatusBarMessage(this._direction === 'nextUnread' ? '$(check-all) No unread articles left' : `$(info) This is the ${this._direction === 'next' ? 'last' : 'first'} article of ${current?.sourceTitle || 'this source'}`, 3000);
      return undefined;
    }
    const preview = await previews.show(target);
    // Keys pressed in the preview keep working: the panel keeps the focus it had.
    if (!treeFirst && preview.panel.active) preview.panel.reveal(preview.panel.viewColumn, false);
    await tree.revealArticle(target, { focus: treeFirst });
    return target;
  }

  private _treeArticle(): Article | undefined {
    return articleFromArg(this._deps.tree.view.selection[0]);
  }
}

export function navigationCommands(deps: NavigationDeps): Command[] {
  return (Object.keys(ids) as Direction[]).map((direction) => new NavigateArticlesCommand(direction, deps));
}
