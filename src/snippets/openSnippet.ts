import * as vscode from 'vscode';
import type { Snippet } from '../core/model';
import { languageIdFor } from '../core/snippets/languageIdFor';

/** The VS Code language id a snippet opens with; an id no installed extension knows falls back to plain text. */
export async function languageIdForSnippet(snippet: Pick<Snippet, 'lang'>): Promise<string> {
  const id = languageIdFor(snippet.lang);
  const known = await vscode.languages.getLanguages();
  return known.includes(id) ? id : 'plaintext';
}

/** Opens a snippet as a new untitled document (editable, savable into the project) in its language mode. */
export async function openSnippetInEditor(snippet: Snippet, viewColumn: vscode.ViewColumn = vscode.ViewColumn.Active): Promise<vscode.TextEditor> {
  const language = await languageIdForSnippet(snippet);
  const document = await vscode.workspace.openTextDocument({ language, content: snippet.code });
  return vscode.window.showTextDocument(document, { viewColumn, preview: false });
}
