import * as vscode from 'vscode';
import { Commands } from '../../ids';
import type { Command } from '../../util/commandManager';
import { isWebLink } from '../../core/security/urlPolicy';
import type { TreeNode } from '../nodes/treeNode';
import { articlesFromArg } from './commandArgs';

export class OpenInBrowserCommand implements Command {
  readonly id = Commands.openInBrowser;
  constructor(private readonly _view: vscode.TreeView<TreeNode>) {}

  async execute(arg?: unknown): Promise<void> {
    const [article] = articlesFromArg(arg, this._view);
    const link = article?.item.link;
    if (!isWebLink(link)) {
      void vscode.window.showInformationMessage(article ? `"${article.item.title}" has no web link.` : 'Select an article in the Tutorials view first.');
      return;
    }
    await vscode.env.openExternal(vscode.Uri.parse(link, true));
  }
}

export class CopyLinkCommand implements Command {
  readonly id = Commands.copyLink;
  constructor(private readonly _view: vscode.TreeView<TreeNode>) {}

  async execute(arg?: unknown): Promise<void> {
    // Only links the URL policy lets open: a cached feed from before the policy may hold a command: or file: link.
    const links = articlesFromArg(arg, this._view).map((a) => a.item.link).filter(isWebLink);
    if (!links.length) {
      void vscode.window.showInformationMessage('Select an article with a link in the Tutorials view first.');
      return;
    }
    await vscode.env.clipboard.writeText(links.join('\n'));
    vscode.window.setStatusBarMessage('$(check) Link copied', 2000);
  }
}
