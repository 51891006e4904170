import * as vscode from 'vscode';
import { existsOnDisk } from '../util/existsOnDisk';

/** A file to create: where, and its text. */
export interface NewFile {
  readonly uri: vscode.Uri;
  readonly text: string;
  /** The user chose to replace what is there. */
  readonly overwrite: boolean;
}

/**
 * Creates every file (and the folders they need) with one WorkspaceEdit: one step on VS Code's undo stack, so one
 * Undo removes them all. Never replaces a file unless told to for that file. Throws with what went wrong.
 * Resolves to a watcher that removes the folders the edit created once Undo has emptied them (the API's file edits
 * create parent folders but their undo deletes only the files); dispose it with the extension.
 */
export async function createFilesAtOnce(files: readonly NewFile[], label: string): Promise<vscode.Disposable> {
  const folders = await missingFolders(files.map((file) => file.uri));
  const edit = new vscode.WorkspaceEdit();
  const encoder = new TextEncoder();
  const metadata: vscode.WorkspaceEditEntryMetadata = { label, needsConfirmation: false };
  for (const file of files) {
    edit.createFile(file.uri, { contents: encoder.encode(file.text), overwrite: file.overwrite, ignoreIfExists: false }, metadata);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    throw new Error('VS Code refused to create the files (a file may have appeared meanwhile, or the folder is read-only)');
  }
  return removeFoldersWhenEmptied(folders, files.map((file) => file.uri));
}

/** The parent folders of `uris` that do not exist yet, deepest first. */
async function missingFolders(uris: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const missing = new Map<string, vscode.Uri>();
  for (const uri of uris) {
    for (let folder = vscode.Uri.joinPath(uri, '..'); folder.path !== '/' && !missing.has(folder.toString()); folder = vscode.Uri.joinPath(folder, '..')) {
      if (await existsOnDisk(folder)) break;
      missing.set(folder.toString(), folder);
    }
  }
  return [...missing.values()].sort((a, b) => b.path.length - a.path.length);
}

function removeFoldersWhenEmptied(folders: readonly vscode.Uri[], created: readonly vscode.Uri[]): vscode.Disposable {
  if (folders.length === 0) return new vscode.Disposable(() => undefined);
  const ours = new Set(created.map((uri) => uri.toString()));
  const listener = vscode.workspace.onDidDeleteFiles(async (event) => {
    if (!event.files.some((uri) => ours.has(uri.toString()))) return;
    for (const folder of folders) {
      try {
        if ((await vscode.workspace.fs.readDirectory(folder)).length === 0) await vscode.workspace.fs.delete(folder);
      } catch {
        // Already gone, or not ours to remove any more.
      }
    }
    if (!(await Promise.all(folders.map(existsOnDisk))).some(Boolean)) listener.dispose();
  });
  return listener;
}

/** Opens the files created (at most `limit`, in order) and focuses the first. */
export async function openCreatedFiles(uris: readonly vscode.Uri[], viewColumn: vscode.ViewColumn, limit = 10): Promise<void> {
  const shown = uris.slice(0, limit);
  for (const uri of shown) await vscode.window.showTextDocument(uri, { viewColumn, preview: false, preserveFocus: true });
  if (shown.length > 0) await vscode.window.showTextDocument(shown[0], { viewColumn, preview: false, preserveFocus: false });
}

/** "Saved 5 files to my-app: a, b, c…" with Reveal in Explorer (the first file). */
export function announceCreated(uris: readonly vscode.Uri[], folder: vscode.Uri, extra: readonly string[] = []): void {
  const names = uris.map((uri) => uri.path.slice(folder.path.replace(/\/$/, '').length + 1));
  const listed = names.length > 4 ? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more` : names.join(', ');
  const reveal = 'Reveal in Explorer';
  const message = [`Saved ${names.length === 1 ? '1 file' : `${names.length} files`} to ${folderLabel(folder)}: ${listed}.`, ...extra].join(' ');
  void vscode.window.showInformationMessage(message, reveal).then((choice) => {
    if (choice === reveal && uris[0]) void vscode.commands.executeCommand('revealInExplorer', uris[0]);
  });
}

export function folderLabel(folder: vscode.Uri): string {
  return vscode.workspace.getWorkspaceFolder(folder)?.name ?? folder.path.split('/').filter(Boolean).pop() ?? folder.fsPath;
}
