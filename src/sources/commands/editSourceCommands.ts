import * as vscode from 'vscode';
import { fullArticleModes, type FullArticleMode } from '../../core/article/fullArticleRule';
import { removeSource, renameSource, setFullArticle } from '../../core/sources/sourceList';
import { Commands } from '../../ids';
import { sourceFromArg } from '../../tree/commands/commandArgs';
import type { TreeNode } from '../../tree/nodes/treeNode';
import type { Command } from '../../util/commandManager';
import { sourceTitle, type FeedStore, type SourceState } from '../feedStore';
import type { SourceSettings } from '../sourceSettings';

async function pickSource(store: FeedStore, placeHolder: string): Promise<SourceState | undefined> {
  const picked = await vscode.window.showQuickPick(
    store.sources().map((source) => ({ label: sourceTitle(source), description: source.config.url, source })),
    { placeHolder },
  );
  return picked?.source;
}

export class RemoveSourceCommand implements Command {
  readonly id = Commands.removeSource;
  constructor(private readonly _settings: SourceSettings, private readonly _store: FeedStore, private readonly _view: vscode.TreeView<TreeNode>) {}

  /** `confirmed` skips the confirmation (tests). */
  async execute(arg?: unknown, confirmed?: boolean): Promise<boolean> {
    const source = sourceFromArg(arg, this._view, (k) => this._store.get(k)) ?? await pickSource(this._store, 'Source to remove');
    if (!source) return false;
    if (confirmed !== true) {
      const remove = 'Remove';
      const answer = await vscode.window.showWarningMessage(`Remove "${sourceTitle(source)}" from Tutorial Reader?`, { modal: true, detail: 'Its cached articles are deleted too. Saved articles stay in Saved for Later.' }, remove);
      if (answer !== remove) return false;
    }
    const next = removeSource(this._settings.read(), source.config.url);
    await this._settings.write(next);
    this._store.setSources(next);
    await this._store.removeCache(source.key);
    return true;
  }
}

export class RenameSourceCommand implements Command {
  readonly id = Commands.renameSource;
  constructor(private readonly _settings: SourceSettings, private readonly _store: FeedStore, private readonly _view: vscode.TreeView<TreeNode>) {}

  /** `newName` skips the input box (tests); an empty name goes back to the feed's own title. */
  async execute(arg?: unknown, newName?: string): Promise<void> {
    const source = sourceFromArg(arg, this._view, (k) => this._store.get(k)) ?? await pickSource(this._store, 'Source to rename');
    if (!source) return;
    const name = newName ?? await vscode.window.showInputBox({
      title: 'Rename Source',
      prompt: 'Name shown in the Tutorials view (leave empty to use the feed\'s own title)',
      value: sourceTitle(source),
    });
    if (name === undefined) return;
    const next = renameSource(this._settings.read(), source.config.url, name.trim() || undefined);
    await this._settings.write(next);
    this._store.setSources(next);
  }
}

const modeLabels: Record<FullArticleMode, { label: string; detail: string }> = {
  auto: { label: 'Auto', detail: 'Fetch an article\'s page when the feed carries only a teaser (short, no code, or "Read more…")' },
  always: { label: 'Always', detail: 'Fetch every article\'s page and show the article extracted from it' },
  never: { label: 'Never', detail: 'Show only what the feed carries; no page is fetched' },
};

/** Chooses whether a source's articles are read from their pages (the source's `fullArticle` setting). */
export class SetFullArticleCommand implements Command {
  readonly id = Commands.setFullArticle;
  constructor(private readonly _settings: SourceSettings, private readonly _store: FeedStore, private readonly _view: vscode.TreeView<TreeNode>) {}

  /** `mode` skips the quick pick (tests). */
  async execute(arg?: unknown, mode?: FullArticleMode): Promise<void> {
    const source = sourceFromArg(arg, this._view, (k) => this._store.get(k)) ?? await pickSource(this._store, 'Source whose full articles to set');
    if (!source) return;
    const current = source.config.fullArticle ?? 'auto';
    const chosen = mode ?? (await vscode.window.showQuickPick(fullArticleModes.map((m) => ({
      mode: m, label: modeLabels[m].label, detail: modeLabels[m].detail, description: m === current ? 'current' : undefined, picked: m === current,
    })), { title: `Full Articles: ${sourceTitle(source)}`, placeHolder: 'When to fetch an article\'s page for its full text' }))?.mode;
    if (!chosen || !fullArticleModes.includes(chosen)) return;
    const next = setFullArticle(this._settings.read(), source.config.url, chosen);
    await this._settings.write(next);
    this._store.setSources(next);
  }
}
