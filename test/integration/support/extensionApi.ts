import * as vscode from 'vscode';
import type { TutorialReaderApi } from '../../../src/extension';
import type { TreeNode } from '../../../src/tree/nodes/treeNode';

export const extensionId = 'tutorial-reader.tutorial-reader';

export async function activateExtension(): Promise<TutorialReaderApi> {
  const extension = vscode.extensions.getExtension<TutorialReaderApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not installed`);
  return extension.activate();
}

/** Polls until `check` holds (the extension works asynchronously, as a user sees it), or fails naming what was awaited. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Replaces the user's sources setting, as editing settings.json would, and waits until every source has settled. */
export async function setSources(api: TutorialReaderApi, sources: { url: string; name?: string }[]): Promise<void> {
  await vscode.workspace.getConfiguration('tutorialReader').update('sources', sources, vscode.ConfigurationTarget.Global);
  await waitFor(() => api.store.sources().length === sources.length && api.store.sources().every((s) => s.status !== 'loading' && (s.feed || s.error)), `${sources.length} sources loaded`);
}

export interface ShownItem {
  node: TreeNode;
  item: vscode.TreeItem;
  label: string;
  description: string;
  tooltip: string;
}

/** The rows the Tutorials view shows under `parent` (the roots when undefined), as the user reads them. */
export async function shownChildren(api: TutorialReaderApi, parent?: TreeNode): Promise<ShownItem[]> {
  const nodes = await api.tree.getChildren(parent);
  return Promise.all(nodes.map(async (node) => {
    const item = await api.tree.getTreeItem(node);
    // MarkdownString.appendText escapes spaces as &nbsp;: read it back as the text a user sees.
    // Markdown escapes (`flask\-app`) are not shown either.
    const tooltip = (item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1') : String(item.tooltip ?? '')).replace(/&nbsp;/g, ' ');
    return { node, item, label: String(typeof item.label === 'object' ? item.label.label : item.label), description: String(item.description ?? ''), tooltip };
  }));
}

export async function rowLabelled(api: TutorialReaderApi, label: string | RegExp, parent?: TreeNode): Promise<ShownItem> {
  const rows = await shownChildren(api, parent);
  const row = rows.find((r) => (typeof label === 'string' ? r.label === label : label.test(r.label)));
  if (!row) throw new Error(`No row ${label} among: ${rows.map((r) => r.label).join(' | ')}`);
  return row;
}
