import * as vscode from 'vscode';

/** Whether anything (file or folder) is at `uri`, through VS Code's file system so remote workspaces work too. */
export async function existsOnDisk(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
