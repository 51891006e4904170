import * as vscode from 'vscode';
import type { Snippet } from '../core/model';
import { contentEngine } from '../articles/contentEngine';

/** A language id VS Code can open; one no installed extension knows falls back to plain text. */
async function openableLanguage(languageId: string): Promise<string> {
  const known = await vscode.languages.getLanguages();
  return known.includes(languageId) ? languageId : 'plaintext';
}

/**
 * Opens a snippet as a new untitled document (editable, savable into the project) in its language mode.
 * Callers that know the article pass the language from describeSnippets; otherwise it is detected from the code.
 */
export async function openSnippetInEditor(snippet: Snippet, viewColumn: vscode.ViewColumn = vscode.ViewColumn.Active, languageId?: string): Promise<vscode.TextEditor> {
  const language = await openableLanguage(languageId ?? (await contentEngine().detectLanguage(snippet.code, { fenceLang: snippet.lang })).languageId);
  const document = await vscode.workspace.openTextDocument({ language, content: snippet.code });
  return vscode.window.showTextDocument(document, { viewColumn, preview: false });
}
