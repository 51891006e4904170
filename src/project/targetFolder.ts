import * as vscode from 'vscode';

/**
 * The folder a tutorial's files go into: the workspace folder when one is open, a pick among them when several
 * are, and a folder dialog when none is (the files are then still created in one undoable step).
 */
export async function pickTargetFolder(purpose: string): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick({ placeHolder: `Choose the workspace folder to ${purpose}`, ignoreFocusOut: true }))?.uri;
  const [picked] = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Save Here', title: `Choose a folder to ${purpose}` }) ?? [];
  return picked;
}

/** `folder/relativePath`, refused when it would not stay inside `folder` (a guard behind the path cleaning). */
export function uriInside(folder: vscode.Uri, relativePath: string): vscode.Uri {
  const uri = vscode.Uri.joinPath(folder, relativePath);
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (!uri.path.startsWith(base)) throw new Error(`${relativePath} is outside ${folder.fsPath}`);
  return uri;
}
