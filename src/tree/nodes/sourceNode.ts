import * as vscode from 'vscode';
import { BUILTIN_FEED_URL, NodeKinds } from '../../ids';
import { sourceTitle, type SourceState } from '../../sources/feedStore';
import { ArticleNode } from './articleNode';
import { tooltipText } from './tooltipText';
import { TreeNode, type TreeContext } from './treeNode';

/** A subscribed feed: title, unread count, and how its last refresh went. */
export class SourceNode extends TreeNode {
  constructor(private readonly _ctx: TreeContext, readonly source: SourceState) {
    super(undefined);
  }

  getTreeItem(): vscode.TreeItem {
    const { source } = this;
    const articles = this._ctx.store.articlesOf(source);
    const unread = articles.filter((a) => !this._ctx.state.isRead({ sourceKey: a.sourceKey, itemId: a.item.id })).length;
    const item = new vscode.TreeItem(sourceTitle(source), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `source:${source.key}`;
    // Cached articles count as soon as they are there; the spinning icon says a refresh is under way.
    item.description = unread ? `${unread} unread` : articles.length ? 'all read' : source.status === 'loading' ? 'loading…' : '';
    item.iconPath = source.status === 'loading' ? new vscode.ThemeIcon('sync~spin')
      : source.status === 'error' ? new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'))
      : source.config.url === BUILTIN_FEED_URL ? new vscode.ThemeIcon('book') : new vscode.ThemeIcon('rss');
    item.contextValue = source.status === 'error' ? NodeKinds.sourceWithError : source.config.url === BUILTIN_FEED_URL ? NodeKinds.sourceBuiltin : NodeKinds.source;
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${tooltipText(sourceTitle(source))}**\n\n`);
    tooltip.appendMarkdown(tooltipText(source.config.url === BUILTIN_FEED_URL ? 'Built into Tutorial Reader' : source.config.url));
    tooltip.appendMarkdown(`\n\n${articles.length} articles, ${unread} unread`);
    if (source.fetchedAt) tooltip.appendMarkdown(` · updated ${new Date(source.fetchedAt).toLocaleString()}`);
    if (source.error) {
      tooltip.appendMarkdown('\n\n$(error) ');
      tooltip.appendMarkdown(tooltipText(`Last refresh failed: ${source.error}${/[.!?]$/.test(source.error) ? '' : '.'}`));
      if (articles.length) tooltip.appendMarkdown(' Showing the articles from the last successful refresh\\.');
    }
    item.tooltip = tooltip;
    return item;
  }

  override getChildren(): TreeNode[] {
    return this._ctx.store.articlesOf(this.source).map((article) => new ArticleNode(this._ctx, article, this));
  }
}
