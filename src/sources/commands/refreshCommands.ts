import type * as vscode from 'vscode';
import { Commands } from '../../ids';
import { sourceFromArg } from '../../tree/commands/commandArgs';
import type { TreeNode } from '../../tree/nodes/treeNode';
import type { Command } from '../../util/commandManager';
import type { FeedStore } from '../feedStore';
import type { RefreshProgress } from '../refreshScheduler';

export class RefreshAllCommand implements Command {
  readonly id = Commands.refreshAll;
  constructor(private readonly _store: FeedStore, private readonly _progress: RefreshProgress) {}

  async execute(): Promise<void> {
    await this._progress.run(() => this._store.refresh(undefined, { manual: true }));
  }
}

/** Refresh (or Retry, on a source whose last refresh failed) one source. */
export class RefreshSourceCommand implements Command {
  readonly id = Commands.refreshSource;
  constructor(private readonly _store: FeedStore, private readonly _progress: RefreshProgress, private readonly _view: vscode.TreeView<TreeNode>) {}

  async execute(arg?: unknown): Promise<void> {
    const source = sourceFromArg(arg, this._view, (k) => this._store.get(k));
    await this._progress.run(() => this._store.refresh(source ? [source.key] : undefined, { manual: true }));
  }
}
