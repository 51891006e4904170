import * as os from 'node:os';
import * as vscode from 'vscode';
import { existsOnDisk } from '../util/existsOnDisk';
import type { Snippet } from '../core/model';
import { besidePath } from '../core/snippets/safePath';
import { describeSnippets } from './snippetLanguages';

/** A language id VS Code can open; one no installed extension knows falls back to plain text. */
async function openableLanguage(languageId: string): Promise<string> {
  const known = await vscode.languages.getLanguages();
  return known.includes(languageId) ? languageId : 'plaintext';
}

/**
 * An `untitled:` URI named after the file the article meant (`docker-compose.yml`, `snippet-3.py`) in the first
 * workspace folder (the home folder when none is open): the tab shows that name, Save writes it there, and Save As
 * proposes it. A name already on disk or open untitled gets a number (`app-2.py`), so two snippets never collide.
 */
export async function untitledUriFor(fileName: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
  const openPaths = new Set(vscode.workspace.textDocuments.map((document) => document.uri.path.toLowerCase()));
  const taken = async (name: string): Promise<boolean> => {
    const uri = vscode.Uri.joinPath(folder, name);
    return openPaths.has(uri.path.toLowerCase()) || existsOnDisk(uri);
  };
  let name = fileName;
  if (await taken(name)) {
    // besidePath asks synchronously; the candidates it proposes are checked here one by one.
    const tried = new Set<string>();
    for (;;) {
      const candidate = besidePath(fileName, (c) => tried.has(c));
      tried.add(candidate);
      if (!(await taken(candidate))) { name = candidate; break; }
    }
  }
  return vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' });
}

/**
 * Opens a snippet as a new untitled document named after its file, in its language, with its code. Editable, and
 * savable into the project in one keystroke. The language and name are those the tree shows (describeSnippets).
 */
export async function openSnippetInEditor(markdown: string, snippet: Snippet, viewColumn: vscode.ViewColumn = vscode.ViewColumn.Active): Promise<vscode.TextEditor> {
  const described = (await describeSnippets(markdown))[snippet.index];
  const language = await openableLanguage(described?.languageId ?? 'plaintext');
  // A block the article names nothing for opens as `snippet.py`: its number in the article means nothing here.
  const fileName = described ? (described.named ? described.fileName : described.fileName.replace(/^snippet-\d+/, 'snippet')) : 'snippet.txt';
  const uri = await untitledUriFor(fileName);
  let document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), snippet.code);
  await vscode.workspace.applyEdit(edit);
  // The name picks a language (`.txt` → plain text, `.console` → ours); the detected one wins.
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  return vscode.window.showTextDocument(document, { viewColumn, preview: false });
}
