import * as vscode from 'vscode';
import type { Article } from '../../articles/article';
import type { Snippet } from '../../core/model';
import type { SnippetCommandArg } from '../../snippets/snippetCommands';
import type { SnippetDescription } from '../../snippets/snippetLanguages';
import { Commands, NodeKinds } from '../../ids';
import { describeSnippetUse, type SnippetUse } from '../../core/storage/snippetUses';
import { tooltipText } from './tooltipText';
import { TreeNode } from './treeNode';

/** A code block of an article ("python · 12 lines"); clicking it opens the code in an untitled editor. */
export class SnippetNode extends TreeNode {
  /** `idPrefix` is the article row's: the same article can be listed under its source and under Saved. */
  constructor(readonly article: Article, readonly snippet: Snippet, readonly description: SnippetDescription, parent: TreeNode, private readonly _idPrefix = 'article', readonly use?: SnippetUse) {
    super(parent);
  }

  /** What the snippet commands take (the same shape the preview's toolbar sends). */
  get ref(): SnippetCommandArg {
    return { articleKey: { sourceKey: this.article.sourceKey, itemId: this.article.item.id }, index: this.snippet.index };
  }

  getTreeItem(): vscode.TreeItem {
    const { snippet } = this;
    const lines = snippet.code.split('\n').length;
    const { languageId, fileName, named } = this.description;
    const language = languageId === 'plaintext' ? 'plain text' : languageId;
    const label = [named ? fileName : undefined, language, lines === 1 ? '1 line' : `${lines} lines`].filter(Boolean).join(' · ');
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
    item.id = `${this._idPrefix}-snippet:${this.article.sourceKey}:${this.article.item.id}:${snippet.index}`;
    item.description = firstLine(snippet.code);
    // A block already opened, copied, inserted, saved or sent shows a check: following along, the reader sees where they are.
    item.iconPath = this.use ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('code');
    item.contextValue = NodeKinds.snippet;
    item.accessibilityInformation = { label: `${label}${this.use ? `, ${describeSnippetUse(this.use)}` : ''}` };
    item.command = { command: Commands.openSnippet, title: 'Open Snippet in Editor', arguments: [this.ref] };
    const tooltip = new vscode.MarkdownString(undefined, true);
    if (this.use) tooltip.appendMarkdown(`$(pass) ${tooltipText(describeSnippetUse(this.use))}\n\n`);
    tooltip.appendCodeblock(snippet.code.split('\n').slice(0, 15).join('\n'), languageId);
    item.tooltip = tooltip;
    return item;
  }
}

function firstLine(code: string): string {
  const line = code.split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 60);
}
