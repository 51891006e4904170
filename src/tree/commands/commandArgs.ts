import type * as vscode from 'vscode';
import type { Article } from '../../articles/article';
import type { SourceState } from '../../sources/feedStore';
import { ArticleNode } from '../nodes/articleNode';
import { SourceNode } from '../nodes/sourceNode';
import type { TreeNode } from '../nodes/treeNode';

// Commands receive the clicked node from menus, nothing from the palette (then the selection counts),
// or plain objects from tests and other commands.

export function articlesFromArg(arg: unknown, view: vscode.TreeView<TreeNode>): Article[] {
  if (arg instanceof ArticleNode) return [arg.article];
  if (isArticle(arg)) return [arg];
  return view.selection.filter((n): n is ArticleNode => n instanceof ArticleNode).map((n) => n.article);
}

export function sourceFromArg(arg: unknown, view: vscode.TreeView<TreeNode>, find: (key: string) => SourceState | undefined): SourceState | undefined {
  if (arg instanceof SourceNode) return arg.source;
  if (typeof arg === 'string') return find(arg);
  if (arg && typeof arg === 'object' && typeof (arg as { key?: unknown }).key === 'string') return find((arg as { key: string }).key);
  const selected = view.selection[0];
  return selected instanceof SourceNode ? selected.source : undefined;
}

export function isArticle(x: unknown): x is Article {
  const a = x as Article;
  return !!a && typeof a === 'object' && typeof a.sourceKey === 'string' && !!a.item && typeof a.item.id === 'string';
}
