import * as vscode from 'vscode';
import { allAuthors, articleKey, type Article } from '../../articles/article';
import { Commands, NodeKinds } from '../../ids';
import { relativeTime } from '../../util/relativeTime';
import { tooltipText } from './tooltipText';
import { excerpt } from '../../core/feed/htmlText';
import { SnippetNode } from './snippetNode';
import { describeSnippets } from '../../snippets/snippetLanguages';
import { TreeNode, type TreeContext } from './treeNode';

/** One article: title, "author · 3 days ago", read state by icon; its children are its code snippets. */
export class ArticleNode extends TreeNode {
  constructor(private readonly _ctx: TreeContext, readonly article: Article, parent: TreeNode, private readonly _idPrefix = 'article') {
    super(parent);
  }

  getTreeItem(): vscode.TreeItem {
    const { item } = this.article;
    const key = articleKey(this.article);
    const read = this._ctx.state.isRead(key);
    const saved = this._ctx.state.isSaved(key);
    const html = this._ctx.content.htmlOf(this.article);
    // Whether an article has code is known without converting it (a cached full article's index says how many
    // blocks it has); the snippets themselves are made on expand.
    const hasCode = /<pre[\s>]/i.test(html) || (this._ctx.fullArticles.wanted(this.article) && (this._ctx.fullArticles.summary(this.article)?.codeBlocks ?? 0) > 0);
    const treeItem = new vscode.TreeItem(item.title, hasCode ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    treeItem.id = `${this._idPrefix}:${key.sourceKey}:${key.itemId}`;
    const when = relativeTime(item.published ?? item.updated);
    const blocks = this._codeBlocks(html);
    const used = this._ctx.state.snippetUses(key).size;
    // "3/7 snippets used": how far along the reader is in following this tutorial.
    const progress = used > 0 ? `${used}/${Math.max(used, blocks)} snippets used` : undefined;
    treeItem.description = [item.author, when, progress].filter(Boolean).join(' · ');
    treeItem.iconPath = read ? new vscode.ThemeIcon('circle-outline') : new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor('notificationsInfoIcon.foreground'));
    treeItem.contextValue = `${NodeKinds.article}.${read ? 'read' : 'unread'}${saved ? '.saved' : ''}${item.link ? '.link' : ''}`;
    treeItem.command = { command: Commands.openPreview, title: 'Open Preview', arguments: [this] };
    treeItem.accessibilityInformation = { label: `${item.title}, ${read ? 'read' : 'unread'}${saved ? ', saved' : ''}${treeItem.description ? `, ${treeItem.description}` : ''}` };
    treeItem.tooltip = this._tooltip(read, saved, html, blocks);
    return treeItem;
  }

  override async getChildren(): Promise<TreeNode[]> {
    // A full article cached on disk is read in; none is fetched for a tree expansion (the preview does that).
    await this._ctx.fullArticles.load(this.article, { manual: false, cacheOnly: true });
    const { markdown, snippets } = this._ctx.content.get(this.article);
    const described = await describeSnippets(markdown, snippets);
    const uses = this._ctx.state.snippetUses(articleKey(this.article));
    return snippets.map((snippet, i) => new SnippetNode(this.article, snippet, described[i], this, this._idPrefix, uses.get(snippet.index)));
  }

  /** Counted without converting the article: its `<pre>`s, or what a cached full article's index says. */
  private _codeBlocks(html: string): number {
    return Math.max((html.match(/<pre[\s>]/gi) ?? []).length, this._ctx.fullArticles.summary(this.article)?.codeBlocks ?? 0);
  }

  private _tooltip(read: boolean, saved: boolean, html: string, blocks: number): vscode.MarkdownString {
    const { item, sourceTitle } = this.article;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${tooltipText(item.title)}**\n\n`);
    md.appendMarkdown(tooltipText([sourceTitle, allAuthors(item), item.published ? new Date(item.published).toLocaleDateString() : undefined].filter(Boolean).join(' · ')));
    const summary = excerpt(item.summary ?? html, 300);
    if (summary) md.appendMarkdown(`\n\n${tooltipText(summary)}`);
    if (item.categories.length) md.appendMarkdown(`\n\n$(tag) ${item.categories.map(tooltipText).join(', ')}`);
    md.appendMarkdown(`\n\n$(code) ${blocks === 1 ? '1 code snippet' : `${blocks} code snippets`}`);
    md.appendMarkdown(read ? ' · read' : ' · unread');
    if (saved) md.appendMarkdown(' · $(bookmark) saved');
    return md;
  }
}
